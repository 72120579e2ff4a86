package org.kesher.selfhelp.entity;

/** A topic for the rules' tests, as if read from the database. */
final class GroupTopicFixture {

  GroupTopic topic() {
    return new GroupTopic();
  }
}
