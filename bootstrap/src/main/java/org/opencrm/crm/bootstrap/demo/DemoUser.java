package org.opencrm.crm.bootstrap.demo;

import java.util.List;
import java.util.Optional;

/** The people of the demo company, so that a newcomer can try every role. */
record DemoUser(String username, String name, List<String> roles, String team) {

  static final List<DemoUser> ALL =
      List.of(
          new DemoUser("li.lei", "李雷 Li Lei", List.of("sales"), "east"),
          new DemoUser("han.meimei", "韩梅梅 Han Meimei", List.of("sales"), "east"),
          new DemoUser("zhang.wei", "张伟 Zhang Wei", List.of("sales"), "north"),
          new DemoUser("wang.fang", "王芳 Wang Fang", List.of("manager", "sales"), "east"),
          new DemoUser("chen.jing", "陈静 Chen Jing", List.of("service"), "east"),
          new DemoUser("zhao.min", "赵敏 Zhao Min", List.of("analyst"), null),
          new DemoUser("admin", "Administrator", List.of("admin"), null),
          new DemoUser(
              "web-form", "Website form (integration client)", List.of("integration"), null),
          new DemoUser(
              "event-sink",
              "Partner system reading the event feed (integration client)",
              List.of("events-reader"),
              null));

  static Optional<DemoUser> named(String username) {
    return ALL.stream().filter(u -> u.username().equals(username)).findFirst();
  }
}
