package org.opencrm.crm.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LostReasonsTest {

  @Test
  void aLoss_namesOneOfTheReasonsExactly() {
    assertThat(LostReasons.DEFAULT.check(" Price ")).isEqualTo("Price");
    assertThatThrownBy(() -> LostReasons.DEFAULT.check("price"))
        .hasFieldOrPropertyWithValue("code", LostReasons.UNKNOWN)
        .hasFieldOrPropertyWithValue("field", "reason");
    assertThatThrownBy(() -> LostReasons.DEFAULT.check(null))
        .hasFieldOrPropertyWithValue("field", "reason");
  }

  @Test
  void theList_holdsOneToFiftyReasons_eachOnceWhateverItsCase() {
    assertThatThrownBy(() -> new LostReasons(List.of()))
        .hasFieldOrPropertyWithValue("code", LostReasons.INVALID);
    assertThatThrownBy(() -> new LostReasons(Collections.nCopies(51, "x")))
        .hasFieldOrPropertyWithValue("field", "reasons");
    assertThatThrownBy(() -> new LostReasons(List.of("Price", "No budget", "PRICE")))
        .hasFieldOrPropertyWithValue("code", LostReasons.INVALID)
        .hasFieldOrPropertyWithValue("field", "reasons[2]");
    assertThatThrownBy(() -> new LostReasons(List.of("Price", " ")))
        .hasFieldOrPropertyWithValue("field", "reasons[1]");
    assertThat(new LostReasons(List.of(" Price ")).reasons()).containsExactly("Price");
  }
}
