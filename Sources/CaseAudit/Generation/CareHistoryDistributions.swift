/// The flows of children into and out of care that give the reference service its seven years
/// of 31 March counts, and its ages and reasons for leaving in 2021-22.
///
/// Fitted by simulating the model of `ChildGenerator.careHistory` (entry age from the reference,
/// then adoption, a long stay or a short stay) so that the children looked after on each 31 March
/// from 2016 to 2022 are in the reference's proportions (459, 454, 472, 515, 484, 510, 502).
enum CareHistoryDistributions {
  /// A reason a period of care ended: the reference report's code, which periods record, and the
  /// SSDA903 reason-episode-ceased code, which the period's last episode records.
  struct Reason: Sendable {
    /// The reference report's code (`adopted`).
    var code: String
    /// The SSDA903 REC code (`E11`).
    var rec: String
  }

  /// Children entering care by reporting year, oldest first: the 24 years before the reporting
  /// year, then the reporting year. The years before the seven of the report count only the
  /// entrants still looked after on their first day (their periods are drawn to reach it).
  static let entriesByYear: [Double] = [
    0.1, 0.6, 0.8, 0.7, 2.2, 3.6, 5.2, 7.1, 9.3, 13.1, 15.4, 19.1, 26.1, 32.9, 42.7, 56.3,
    90.4, 137.3, 160.0, 174.7, 208.0, 252.3, 164.7, 247.1, 213.1,
  ]
  /// The share of an export's children looked after on its as-at date: about 500 of 1,900.
  static let lookedAfterShare = 0.265
  /// How many of `entriesByYear` come before the seven years of the report.
  static let yearsBeforeHistory = 18

  /// Age in years on becoming looked after (the reference's 2021-22 figures, 0 to 17).
  static let ageOnEntry: [Double] = [
    87, 19, 22, 28, 51, 36, 43, 42, 41, 37, 36, 33, 39, 32, 48, 44, 48, 25,
  ]
  /// The share of babies who come into care in their first two weeks.
  static let newbornShare = 0.5

  /// The chance that a child entering at 0, 1, 2 or 3 is adopted, after 329 to 913 days.
  static let adoptionByEntryAge: [Double] = [0.741, 0.593, 0.371, 0.222]
  /// The chance that a child (not adopted) stays long-term: rising from 0.135 at 0 to 0.342 at
  /// 9, and past 0.98 (the cap) from 12.
  static func longStayChance(entryAge age: Int) -> Double {
    let chance = age <= 9 ? 0.135 + (0.342 - 0.135) * Double(age) / 9
      : 0.342 + (1.249 - 0.342) * Double(age - 9) / 8
    return min(0.98, chance)
  }
  /// The monthly chance that a long stay ends before 18 (5.9% a year).
  static let longStayMonthlyEnd = 0.059 / 12
  /// The monthly chance that a short stay ends (about 143 days on average).
  static let shortStayMonthlyEnd = 0.19

  /// Reasons for periods ending on the 18th birthday.
  static let atEighteen: [(Reason, Double)] = [
    (Reason(code: "aged_18_remained_with_carers", rec: "E17"), 62),
    (Reason(code: "transferred_to_adult_residential_care", rec: "E7"), 2),
    (Reason(code: "age_assessed_18_or_over", rec: "E15"), 1),
  ]
  /// Reasons for long stays ending before 18.
  static let longStayEnded: [(Reason, Double)] = [
    (Reason(code: "special_guardianship_order", rec: "E45"), 26),
    (Reason(code: "residence_or_child_arrangements_order", rec: "E41"), 1),
    (Reason(code: "other_reason", rec: "E8"), 4),
  ]
  /// Reasons for short stays ending.
  static let shortStayEnded: [(Reason, Double)] = [
    (Reason(code: "returned_home_planned", rec: "E4A"), 16),
    (Reason(code: "returned_home_unplanned", rec: "E4B"), 2),
    (Reason(code: "left_to_live_with_parents_relatives_other", rec: "E13"), 38),
    (Reason(code: "care_taken_by_another_la", rec: "E3"), 2),
    (Reason(code: "remand_ended", rec: "E14"), 1),
    (Reason(code: "other_reason", rec: "E8"), 23),
  ]
  /// Reasons an earlier, short period of a child who came back into care ended.
  static let earlierPeriodEnded: [(Reason, Double)] = [
    (Reason(code: "returned_home_planned", rec: "E4A"), 70),
    (Reason(code: "left_to_live_with_parents_relatives_other", rec: "E13"), 30),
  ]
  /// Adoption.
  static let adopted = Reason(code: "adopted", rec: "E11")
}
