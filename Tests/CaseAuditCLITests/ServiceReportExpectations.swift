/// A pinned table of report.json as counted by hand from `ServiceReportExport`.
struct ExpectedTable: Sendable {
  /// Which of the report's rows are compared with `rows`.
  enum Comparison: Sendable {
    /// Rows the issue lists: exactly these keys in this order (a `total` may follow).
    case listed
    /// Data-driven rows: the report's non-zero rows and these rows' keys, as a map.
    case nonZero
    /// Only these rows (a table whose rows grow with the pack, as rule ids do).
    case these
  }

  /// One row's key and its values in column order.
  struct Row: Sendable {
    /// The row key.
    let key: String
    /// The counts, in column order.
    let values: [Int]
  }

  /// The table id.
  let id: String
  /// The column keys, in order.
  let columns: [String]
  /// The expected rows.
  let rows: [Row]
  /// How `rows` are compared with the report's.
  let comparison: Comparison
}

/// A row of an expected table.
private func row(_ key: String, _ values: Int...) -> ExpectedTable.Row {
  ExpectedTable.Row(key: key, values: values)
}

private let years = ["2016", "2017", "2018", "2019", "2020", "2021", "2022"]
private let months = [
  "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "jan", "feb", "mar",
]
private let count = ["count"]

/// The 18 rows of age and sex, in the pinned order; each row's yearly counts by hand.
private let ageAndSex: [ExpectedTable.Row] = [
  row("boys:under_1", 0, 0, 0, 0, 0, 0, 0),
  row("boys:1_to_4", 0, 0, 0, 0, 0, 0, 0),
  row("boys:5_to_9", 1, 1, 1, 1, 0, 1, 1),  // C01 2016-19 (aged 6-9); C19 2021-22
  // C15 2016-21; C04 2017-20; C16 2017; C01 2020-22 (10 on 31 March 2020); C13 2021-22
  row("boys:10_to_15", 1, 3, 2, 2, 3, 3, 2),
  row("boys:16_and_over", 0, 0, 1, 1, 0, 1, 3),  // C16 2018-19; C08 2021-22; C05, C15 2022
  row("boys:not_recorded", 0, 0, 0, 0, 0, 0, 0),
  row("girls:under_1", 0, 1, 0, 0, 0, 0, 1),  // C07 2017; C03 2022
  row("girls:1_to_4", 1, 1, 1, 0, 1, 1, 0),  // C09 2016-17; C07 2018, 2020-21
  row("girls:5_to_9", 0, 0, 1, 1, 0, 1, 1),  // C09 2018-19; C17 2021; C07 2022
  row("girls:10_to_15", 0, 0, 0, 0, 1, 1, 2),  // C02 2020-21; C14, C17 2022
  row("girls:16_and_over", 1, 1, 0, 0, 0, 0, 0),  // C20 2016-17
  row("girls:not_recorded", 0, 0, 0, 0, 0, 0, 1),  // C11 (empty dob)
  row("not_recorded:under_1", 0, 0, 0, 1, 0, 0, 0),  // C12 ('x') 2019
  row("not_recorded:1_to_4", 0, 0, 0, 0, 1, 1, 1),  // C12 2020-22
  row("not_recorded:5_to_9", 0, 0, 0, 0, 0, 0, 0),
  row("not_recorded:10_to_15", 0, 0, 0, 0, 0, 0, 0),
  row("not_recorded:16_and_over", 0, 0, 0, 0, 0, 0, 0),
  row("not_recorded:not_recorded", 0, 0, 0, 1, 1, 1, 1),  // C06 (empty sex and dob)
]

/// Every pinned table of the 2021-22 report of `ServiceReportExport`, as at 2022-03-31.
enum ServiceReportExpectations {
  /// The expected tables, in the order.
  static let tables: [ExpectedTable] = [
    // 2016 C01 C09 C15 C20; 2017 adds C04 C07 C16; 2018 loses C20 (ended that day);
    // 2019 C01 C04 C06 C09 C12 C15 C16 (C07 between periods); 2020 C01 C02 C04 C06 C07 C12
    // C15; 2021 loses C04 (ended that day), adds C08 C13 C17 C19; 2022 loses C02 (ended that
    // day), adds C03 (started that day) C05 C11 C14.
    ExpectedTable(
      id: "looked_after_on_31_march", columns: years,
      rows: [row("looked_after", 4, 7, 6, 7, 7, 10, 13)], comparison: .listed),
    ExpectedTable(
      id: "age_and_sex_on_31_march", columns: years, rows: ageAndSex, comparison: .listed),
    ExpectedTable(
      id: "legal_status_on_31_march", columns: years,
      rows: [
        row("interim_care_order", 1, 1, 1, 2, 1, 1, 1),  // C01 to 2021; C06 2019; C14 2022
        // C15 all; C09 2016-19; C04 2017-20; C07 2020-22; C01 (from 31 March), C13 2022
        row("full_care_order", 2, 3, 3, 3, 3, 2, 4),
        // C20 2016-17; C16 2017-19; C02 2020-21; C08 2021-22; C17 2021; C05, C11 2022
        row("section_20_single_period", 1, 2, 1, 1, 1, 3, 3),
        row("placement_order", 0, 1, 1, 0, 1, 1, 1),  // C07 (E1) 2017-18; C12 (D1) 2020-22
        row("remand_or_detained", 0, 0, 0, 0, 0, 1, 0),  // C13 (J1) 2021
        row("emergency_or_police_protection", 0, 0, 0, 1, 0, 0, 1),  // C12 2019; C03 2022
        row("not_recorded", 0, 0, 0, 0, 1, 1, 2),  // C06 (empty) 2020-22; C17 (no episode) 2022
        row("other", 0, 0, 0, 0, 0, 1, 1),  // C19 (V3)
      ],
      comparison: .listed),
    ExpectedTable(
      id: "placement_on_31_march", columns: years,
      rows: [
        row("foster_long_term_confirmed", 1, 1, 1, 1, 2, 2, 3),  // C15; C07 2020-22; C01 2022
        row("foster_concurrent_planning", 1, 1, 1, 2, 0, 0, 0),  // C09 2016-19; C12 2019
        row("foster_relative_or_friend", 1, 1, 1, 1, 1, 2, 0),  // C01 to 2021; C17 2021
        row("foster_other", 0, 0, 0, 1, 1, 1, 1),  // C06 2019; C02 2020-21; C03 2022
        row("placed_for_adoption", 0, 1, 1, 0, 1, 1, 1),  // C07 2017-18; C12 2020-22
        row("placed_with_parents", 1, 1, 0, 0, 0, 0, 0),  // C20
        row("other_community", 0, 1, 1, 1, 0, 1, 1),  // C16 (P3) 2017-19; C08 (P2) 2021-22
        row("childrens_homes_secure_hostels", 0, 0, 0, 0, 0, 1, 1),  // C13 (K2) 2021; C05 (H5)
        row("other_residential", 0, 1, 1, 1, 1, 0, 1),  // C04 (R1) 2017-20; C14 (R2) 2022
        row("residential_school", 0, 0, 0, 0, 0, 0, 1),  // C13 2022
        row("not_recorded", 0, 0, 0, 0, 0, 0, 2),  // C11 (empty); C17 (no episode)
        row("other", 0, 0, 0, 0, 1, 2, 2),  // C06 (Z9) 2020-22; C19 (U7) 2021-22
      ],
      comparison: .listed),
    ExpectedTable(
      id: "uasc_on_31_march", columns: years,
      rows: [row("uasc", 0, 1, 1, 1, 0, 1, 2)],  // C16 2017-19; C08 2021-22; C05 2022
      comparison: .listed),
    // Periods starting in the year: C03 (0), C18 (10, her birthday), C14 twice (13, 14), C21
    // (13), C05 (17), C10 (18), C11 (no dob).
    ExpectedTable(
      id: "age_on_becoming_looked_after", columns: count,
      rows: (0...17).map { age in
        row(String(age), [0: 1, 10: 1, 13: 2, 14: 1, 17: 1][age] ?? 0)
      } + [row("18_and_over", 1), row("not_recorded", 1)],
      comparison: .listed),
    // 31 held in the year (cancelled C06-R2, C11-R3, C15-R2 and dateless C19-R3 left out).
    // Late: C02-R2, C07-R5, C11-R1, C13-R5, C15-R3, C21-R1. Untimed (reviews recorded only
    // from 2021-04-01, no earlier review): C01-R1, C02-R1, C06-R1, C12-R1, C15-R1.
    ExpectedTable(
      id: "reviews_held", columns: count,
      rows: [
        row("held", 31), row("within_timescale", 20), row("late", 6),
        row("insufficient_evidence", 5),
      ],
      comparison: .listed),
    // PN7: C01-R2, C07-R5, C11-R2, C19-R4, C21-R1; PN0: C12-R1; empty: C02-R2, C11-R1, C14-R3.
    ExpectedTable(
      id: "participation", columns: count,
      rows: [
        row("participated", 22), row("did_not_participate", 5), row("under_4", 1),
        row("not_recorded", 3),
      ],
      comparison: .listed),
    // This year: apr C02 (1st), C05 (30th); may C08 x2 (1st, 31st); jun C17; jul C19 (31st);
    // sep C01; oct C10; dec C15; jan C12 (31st); feb C15 (28th); mar C11 (1st), C06 and C19
    // (31st). Year before: apr C13 (2020-04-01); nov C08; mar C13 (1st and 31st).
    ExpectedTable(
      id: "escalations_by_month", columns: months,
      rows: [
        row("this_year", 2, 2, 1, 1, 0, 1, 1, 0, 1, 1, 1, 3),
        row("previous_year", 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2),
      ],
      comparison: .listed),
    // Court (SW2): C05 apr, C19 jul and mar, C01 sep (SW2 from that day), C10 oct. Children in
    // Care (SW1): C08 may x2, C12 jan (SW1's last day). No team (SW3): C02 apr, C17 jun, C11
    // mar. Unallocated: C15 dec (SW1 ended the day before) and feb, C06 mar.
    ExpectedTable(
      id: "escalations_by_team_and_month", columns: months,
      rows: [
        row("Court", 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 1),
        row("Children in Care", 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0),
        row("no team recorded", 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1),
        row("unallocated", 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1),
      ],
      comparison: .nonZero),
    // Care plan: C05 apr, C01 sep, C10 oct, C15 dec, C12 jan, C19 mar. Documentation: C08 may
    // x2, C17 jun. Placement: C19 jul, C06 and C11 mar. Empty theme: C02 apr, C15 feb.
    ExpectedTable(
      id: "escalations_by_theme_and_month", columns: months,
      rows: [
        row("care_plan_not_progressed", 1, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 1),
        row("missing_incomplete_or_poor_documentation", 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        row("placement_stability", 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2),
        row("no_theme_recorded", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0),
      ],
      comparison: .nonZero),
    // Resolved in the year (not C15-X2, resolved 2022-04-05): 0 days C15-X1, 6 C01-X1 and
    // C13-X2 (raised the year before); 7 C02, C12, C19-X1, 13 C05; 14 C08-X1, 28 C08-X2;
    // 29 C10, 90 C17.
    ExpectedTable(
      id: "escalation_resolution_time", columns: count,
      rows: [
        row("under_1_week", 3), row("1_to_2_weeks", 4), row("2_to_4_weeks", 2),
        row("over_4_weeks", 2),
      ],
      comparison: .listed),
    // The same 11: informal C01, C02, C15-X1; stage1 C05, C12, C19-X1; stage2 C08 x2; stage3
    // C10; stage4 C17; none recorded C13-X2.
    ExpectedTable(
      id: "escalations_resolved_at_stage", columns: count,
      rows: [
        row("informal", 3), row("stage1", 3), row("stage2", 2), row("stage3", 1),
        row("stage4", 1), row("not_recorded", 1),
      ],
      comparison: .nonZero),
    // The 13 looked after on 2022-03-31: long-term fostering C01 (its adoption plan is after
    // as-at), C08, C17; return home C07, C13 (recorded on as-at); supported living C05;
    // adoption C12; other C14; sgo_cao C15 (same day as its fostering plan, later plan_id);
    // not recorded C03, C11, C19 (no plan), C06 (empty plan).
    ExpectedTable(
      id: "permanence_plan_on_as_at", columns: count,
      rows: [
        row("long_term_fostering", 3), row("return_home", 2), row("supported_living", 1),
        row("adoption", 1), row("other", 1), row("sgo_cao", 1), row("not_recorded", 4),
      ],
      comparison: .nonZero),
    // Ended in the year: C02 (E11, 31 March 2022), C21 (E11), C10 (E8), C14 (E4A), C18 (empty).
    // C04 ended on 31 March 2021, the day before the year.
    ExpectedTable(
      id: "ceased_by_reason", columns: count,
      rows: [row("E11", 2), row("E8", 1), row("E4A", 1), row("not_recorded", 1)],
      comparison: .nonZero),
    // Cases with a review held in the year: met C05, C08, C10, C14, C17, C18, C19; not met
    // C02, C07, C11, C13, C15, C21; insufficient (untimed, none late) C01, C06, C12.
    ExpectedTable(
      id: "compliance_by_standard",
      columns: ["applicable", "met", "not_met", "insufficient_evidence"],
      rows: [row("reviews_within_timescale", 16, 7, 6, 3)],
      comparison: .these),
  ]
}
