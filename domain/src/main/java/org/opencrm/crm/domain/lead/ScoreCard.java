package org.opencrm.crm.domain.lead;

import java.util.List;

/** A lead's score under a model, its grade, and which rules gave how many points. */
public record ScoreCard(int score, String grade, List<Contribution> contributions) {

  public ScoreCard {
    contributions = List.copyOf(contributions);
  }

  /** A rule that matched, and its points. */
  public record Contribution(String rule, int points) {}
}
