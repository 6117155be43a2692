package org.opencrm.crm.application.user;

/** A team as the directory knows it: named by its members' team claim, with their counts. */
public record TeamView(String team, long members, long activeMembers, long activeRecordOwners) {}
