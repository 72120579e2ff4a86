package org.kesher.cases.entity;

/** How a request reached Kesher. */
public enum Channel {
  WEB_FORM,
  API,
  PHONE,
  WALK_IN,
  EMAIL,
  OPEN311,
  /** Opened by another unit's referral. */
  REFERRAL,
  /** Opened by Kesher itself: a task, such as an emergency register entry's yearly check. */
  TASK
}
