package org.opencrm.crm.adapter.in.rest.common;

import io.vertx.core.http.HttpClosedException;
import java.nio.channels.ClosedChannelException;

/**
 * A failure to write an answer because the client closed the connection first (it timed out, or a
 * load driver stopped): nothing went wrong on our side, and nobody is left to answer.
 */
final class ClientGone {

  private ClientGone() {}

  static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ClosedChannelException || cause instanceof HttpClosedException) {
        return true;
      }
    }
    return false;
  }
}
