package org.opencrm.crm.application.event;

/** An event at its place in the feed; {@code cursor} reads on from just after it. */
public record FeedEntry(String cursor, PublishedEvent event) {}
