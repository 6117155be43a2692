package org.opencrm.crm.adapter.in.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

class ClientGoneTest {

  @Test
  void aClosedConnection_anywhereInTheCauses_isAClientGone() {
    assertThat(ClientGone.causedBy(new IOException(new ClosedChannelException()))).isTrue();
    assertThat(
            ClientGone.causedBy(
                new IOException(new IOException(new HttpClosedException("Connection was closed")))))
        .isTrue();
  }

  @Test
  void otherFailures_areIncidents() {
    assertThat(ClientGone.causedBy(new IOException("disk full"))).isFalse();
    assertThat(ClientGone.causedBy(new IllegalStateException(new RuntimeException()))).isFalse();
  }
}
