package org.opencrm.crm.adapter.in.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicLinksTest {

  @Test
  void withAPublicBaseUrl_linksAreAbsoluteUnderIt() {
    PublicLinks links = new PublicLinks(Optional.of(URI.create("https://crm.example.com/")));

    assertThat(links.to("/api/v1/customers", "42"))
        .isEqualTo(URI.create("https://crm.example.com/api/v1/customers/42"));
  }

  @Test
  void withoutOne_linksAreRelativeReferences() {
    PublicLinks links = new PublicLinks(Optional.empty());

    assertThat(links.to("/api/v1/customers/", "42")).isEqualTo(URI.create("/api/v1/customers/42"));
  }
}
