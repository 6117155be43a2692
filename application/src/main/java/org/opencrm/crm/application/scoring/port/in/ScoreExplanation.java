package org.opencrm.crm.application.scoring.port.in;

import org.opencrm.crm.domain.lead.ScoreCard;

/** A lead's score card and the version of the scoring model that computed it. */
public record ScoreExplanation(ScoreCard card, long modelVersion) {}
