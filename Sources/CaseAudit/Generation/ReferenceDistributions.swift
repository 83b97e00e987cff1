/// The shape of the reference IRO annual report (2021-22) as weighted tables for the generator.
///
/// Figures from shared/reference/annual-report-2021-22.yaml; codes from the SSDA903 guide.
enum ReferenceDistributions {
  /// Share of boys among children looked after (285 of 502).
  static let boyShare = 285.0 / 502.0

  /// Legal status on entering care (LS codes): the reference's figures at 31 March, with more
  /// interim care orders, as about one in four becomes a full care order at a later episode.
  static let legalStatus: [(String, Double)] = [
    ("C1", 110), ("C2", 280), ("V2", 92), ("E1", 18), ("J1", 1),
  ]

  /// Placement types at 31 March (PLACE codes).
  static let placement: [(String, Double)] = [
    ("U6", 126), ("U5", 1), ("U3", 68), ("U4", 142), ("A6", 11), ("P1", 36), ("K2", 107),
    ("R1", 3), ("T4", 8),
  ]

  /// Permanence plans recorded (records.md plan codes).
  static let permanencePlan: [(String, Double)] = [
    ("return_home", 100), ("adoption", 17), ("supported_living", 15),
    ("long_term_residential", 45), ("long_term_fostering", 265), ("other", 34),
  ]

  /// Ethnicity codes, mostly White British as in the reference county.
  static let ethnicity: [(String, Double)] = [
    ("WBRI", 78), ("WOTH", 4), ("MWBC", 4), ("MOTH", 3), ("AOTH", 2), ("BAFR", 3), ("OOTH", 3),
    ("NOBT", 3),
  ]

  /// Participation of children aged 4 or over who took part (PN1-PN6).
  static let participated: [(String, Double)] = [
    ("PN1", 40), ("PN2", 10), ("PN3", 8), ("PN4", 5), ("PN5", 12), ("PN6", 9),
  ]

  /// Formal escalations raised by month, April first: in the year before the reporting year
  /// (2020-21), then in the reporting year (2021-22).
  static let escalationsByMonth: [[Double]] = [
    [4, 2, 2, 5, 0, 11, 31, 7, 6, 2, 7, 5],
    [28, 32, 14, 13, 10, 14, 9, 17, 18, 13, 17, 28],
  ]
  /// The children looked after in the reference service over the year (about 500), by which
  /// a month's escalations are divided to give each child's chance of one that month.
  static let childrenPerEscalationRate = 495.0

  /// Escalation themes.
  static let themes: [(String, Double)] = [
    ("assessment_not_completed_in_timescale", 83), ("assessment_not_shared_with_family", 17),
    ("assessment_not_signed_off_by_manager", 15), ("child_not_seen_or_seen_alone", 1),
    ("decisions_or_actions_not_carried_out", 27), ("drift_in_permanency_planning", 9),
    ("iro_not_notified_of_significant_events", 2), ("lack_of_management_oversight", 2),
    ("missing_incomplete_or_poor_documentation", 88), ("no_social_worker_or_manager_at_review", 5),
    ("other", 34), ("plan_drifting_or_not_agreed_by_iro", 13),
    ("visits_or_core_groups_not_done", 1),
    ("education_pep", 6), ("health", 3), ("", 2),
  ]

  /// Stage at which escalations were resolved (informal 15%, stage 1 75%, stage 2 8%, higher 2%).
  static let stageReached: [(String, Double)] = [
    ("informal", 15), ("stage1", 75), ("stage2", 8), ("stage3", 1.5), ("stage4", 0.5),
  ]

  /// Actions agreed to resolve an escalation.
  static let actions = [
    "Update the care plan", "Complete the assessment", "Share the assessment with the family",
    "Hold a permanence planning meeting", "Arrange the PEP meeting", "Allocate a social worker",
    "Record the placement plan", "Arrange family time",
  ]
}
