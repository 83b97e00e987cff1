import Foundation

/// A hand-made canonical export of 21 children for the service report's tests (issue 10):
/// every count in `ServiceReportExpectations` was worked out by hand from these rows.
///
/// The reporting year is 2021-04-01..2022-03-31 (as at 2022-03-31); the 31 March columns are
/// 2016 to 2022. Consistency (who held each child on its last day looked after in the year) is
/// counted by hand in `ServiceReportConsistencyTests`. What each child is for (LA = looked
/// after on 31 March of the years listed):
/// - C01 boy ('1') born 31 March 2010: LA 2016-22, ten on his birthday 31 March 2020 (so
///   10_to_15 that year). Episode change on 31 March 2022 (C1/U3 ends, C2/U1 starts).
///   Reviews only from 2021-04-01: R1 untimed, R2 within 6 months. A later plan (adoption,
///   2022-04-05) after as-at. Social worker changes SW1 (Children in Care) to SW2 (Court) on
///   15 Sept 2021, the day escalation X1 is raised (resolved in 6 days).
/// - C02 girl ('F'): period ends on 31 March 2022 (E11), so LA 2020-21 only, ceased in the
///   year. R2 late, its participation empty. X1 on 1 April 2021 (first day of the year) with an
///   empty theme, resolved in 7 days; her social worker SW3 has no team.
/// - C03 girl ('2'): period starts on 31 March 2022 (LA 2022, under 1, becomes LA aged 0), L1.
/// - C04 boy ('M'): period ends on 31 March 2021, so LA 2017-20 and not 2021; no reviews.
/// - C05 boy ('male'), UASC: period starts 1 April 2021 aged 17; 18 on 31 March 2022. Three
///   reviews on time (R2 exactly 3 months after R1). X1 on 30 April (last day of a month),
///   resolved in 13 days.
/// - C06: empty dob, sex and uasc; LA 2019-22. Episode E2 from 2020 has an empty legal status
///   and the unmapped placement 'Z9'. R2 cancelled. Empty plan. X1 on 31 March 2022 (last day
///   of the year), no social worker, unresolved.
/// - C07 girl ('2'): two periods, LA 2017-18 and 2020-22; R5 late. Plans adoption, then
///   return_home.
/// - C08 boy ('M'), UASC: LA 2021-22. X0 in the year before; X1 on 1 May resolved in 14 days,
///   X2 on 31 May resolved in 28 days. His IRO changes from IRO2 to IRO1 on as-at (both
///   allocations open that day: the later start, IRO1, holds him).
/// - C09 girl ('female'): LA 2016-19, U2.
/// - C10 boy ('1'): becomes LA in the year aged 18 (18_and_over), ceased E8 in the year; X1
///   resolved in 29 days.
/// - C11 girl ('2') with an empty dob: becomes LA in the year (age not recorded); an empty
///   placement; R1 late with empty participation, R3 cancelled; no plan; X1 on 1 March 2022.
/// - C12 sex 'x' (not recorded): LA 2019-22; untimed review PN0. X1 on 31 January 2022, the day
///   the social worker's allocation ends (still allocated), resolved in 7 days.
/// - C13 boy ('1'): episode change in June 2021 (J1/K2 to C2/S1); R5 late by a day. Plan
///   return_home recorded on as-at. Escalations in the year before (1 April 2020, 1 and
///   31 March 2021); the last resolved in the year in 6 days with no stage recorded.
/// - C14 girl ('2'): two periods starting in the year, ages 13 and 14; first ceased E4A.
/// - C15 boy ('M'): LA 2016-22, 16 on 30 March 2022. Reviews only from 2021-04-01: R3 late.
///   Two plans recorded the same day (the later plan_id, sgo_cao, wins). Social worker ends
///   30 Nov 2021: X1 (1 Dec, resolved the same day) and X2 (28 Feb, last day of a month,
///   resolved after the year) are unallocated; X2's theme is empty.
/// - C16 boy ('MALE'), UASC: LA 2017-19.
/// - C17 girl ('f'): on 31 March 2021 two episodes are open (the later start, V2/U3, counts);
///   on 31 March 2022 none is (not recorded). X1 resolved in 90 days at stage4.
/// - C18 girl ('2'): becomes LA on her 10th birthday in the year; ceased with an empty reason.
/// - C19 boy ('1'): unmapped legal status 'V3' and placement 'U7'; a review with no date. X1 on
///   31 July (last day of a month), X2 on 31 March 2022.
/// - C20 girl ('Female'): period from 31 March 2016 to 31 March 2018: LA 2016-17 only.
/// - C21 boy ('1'): a period inside the year, aged 13; first review a day late (the August
///   bank holiday is in its 20 working days).
enum ServiceReportExport {
  /// Writes the export into a folder `export` of the runner's temporary folder; returns its path.
  static func write(in runner: CommandRunner) throws -> String {
    let folder = runner.folder.appendingPathComponent("export").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try (text + "\n").write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// The export's CSV files by name, in the canonical export's columns.
  static let files: [String: String] = [
    "children.csv": """
    child_id,dob,sex,ethnicity,uasc
    C01,2010-03-31,1,WBRI,false
    C02,2005-07-20,F,WBRI,false
    C03,2021-06-10,2,WBRI,false
    C04,2004-11-02,M,MWBC,false
    C05,2003-12-01,male,AOTH,true
    C06,,,,
    C07,2016-04-15,2,WBRI,false
    C08,2005-01-10,M,BAFR,true
    C09,2012-08-08,female,WBRI,false
    C10,2003-02-01,1,WBRI,false
    C11,,2,WBRI,false
    C12,2019-01-05,x,WBRI,false
    C13,2008-09-09,1,MWBA,false
    C14,2007-05-05,2,WBRI,false
    C15,2006-03-30,M,WBRI,false
    C16,2001-06-01,MALE,AOTH,true
    C17,2011-11-11,f,WBRI,false
    C18,2011-07-01,2,WBRI,false
    C19,2014-02-14,1,WBRI,false
    C20,2000-01-01,Female,WBRI,false
    C21,2008-01-20,1,WBRI,false
    """,
    "periods.csv": """
    period_id,child_id,start,end,end_reason,reviews_recorded_from
    C01-P1,C01,2015-06-01,,,2021-04-01
    C02-P1,C02,2019-05-10,2022-03-31,E11,2021-04-01
    C03-P1,C03,2022-03-31,,,
    C04-P1,C04,2017-02-01,2021-03-31,E13,
    C05-P1,C05,2021-04-01,,,
    C06-P1,C06,2018-09-01,,,2021-04-01
    C07-P1,C07,2016-05-01,2018-08-01,E12,
    C07-P2,C07,2020-02-01,,,
    C08-P1,C08,2020-11-01,,,
    C09-P1,C09,2014-01-10,2019-09-30,E11,
    C10-P1,C10,2021-10-01,2021-12-01,E8,
    C11-P1,C11,2021-06-15,,,
    C12-P1,C12,2019-02-01,,,2021-04-01
    C13-P1,C13,2020-06-01,,,
    C14-P1,C14,2021-05-01,2021-08-15,E4A,
    C14-P2,C14,2021-11-01,,,
    C15-P1,C15,2012-01-01,,,2021-04-01
    C16-P1,C16,2017-01-15,2019-06-01,E5,
    C17-P1,C17,2020-09-01,,,
    C18-P1,C18,2021-07-01,2022-01-15,,
    C19-P1,C19,2021-02-01,,,
    C20-P1,C20,2016-03-31,2018-03-31,E11,
    C21-P1,C21,2021-08-02,2021-09-10,E11,
    """,
    "episodes.csv": """
    episode_id,child_id,period_id,start,end,legal_status,placement,reason_new,reason_ceased
    C01-E1,C01,C01-P1,2015-06-01,2022-03-31,C1,U3,S,X1
    C01-E2,C01,C01-P1,2022-03-31,,C2,U1,L,
    C02-E1,C02,C02-P1,2019-05-10,2022-03-31,V2,U6,S,E11
    C03-E1,C03,C03-P1,2022-03-31,,L1,U6,S,
    C04-E1,C04,C04-P1,2017-02-01,2021-03-31,C2,R1,S,E13
    C05-E1,C05,C05-P1,2021-04-01,,V2,H5,S,
    C06-E1,C06,C06-P1,2018-09-01,2020-01-15,C1,U6,S,X1
    C06-E2,C06,C06-P1,2020-01-15,,,Z9,P,
    C07-E1,C07,C07-P1,2016-05-01,2018-08-01,E1,A3,S,E12
    C07-E2,C07,C07-P2,2020-02-01,,C2,U4,S,
    C08-E1,C08,C08-P1,2020-11-01,,V2,P2,S,
    C09-E1,C09,C09-P1,2014-01-10,2019-09-30,C2,U2,S,E11
    C10-E1,C10,C10-P1,2021-10-01,2021-12-01,J2,R5,S,E8
    C11-E1,C11,C11-P1,2021-06-15,,V2,,S,
    C12-E1,C12,C12-P1,2019-02-01,2019-06-01,L2,U5,S,X1
    C12-E2,C12,C12-P1,2019-06-01,,D1,A4,L,
    C13-E1,C13,C13-P1,2020-06-01,2021-06-01,J1,K2,S,X1
    C13-E2,C13,C13-P1,2021-06-01,,C2,S1,L,
    C14-E1,C14,C14-P1,2021-05-01,2021-08-15,V2,U6,S,E4A
    C14-E2,C14,C14-P2,2021-11-01,,C1,R2,S,
    C15-E1,C15,C15-P1,2012-01-01,,C2,U1,S,
    C16-E1,C16,C16-P1,2017-01-15,2019-06-01,V2,P3,S,E5
    C17-E1,C17,C17-P1,2020-09-01,2022-03-01,C2,U6,S,X1
    C17-E2,C17,C17-P1,2021-01-01,2021-06-01,V2,U3,P,X1
    C18-E1,C18,C18-P1,2021-07-01,2022-01-15,C1,U5,S,
    C19-E1,C19,C19-P1,2021-02-01,,V3,U7,S,
    C20-E1,C20,C20-P1,2016-03-31,2018-03-31,V2,P1,S,E11
    C21-E1,C21,C21-P1,2021-08-02,2021-09-10,V2,U6,S,E11
    """,
    "reviews.csv": """
    review_id,child_id,period_id,held_on,participation,chair_id,record_issued_on,cancelled
    C01-R1,C01,C01-P1,2021-06-10,PN1,IRO1,2021-06-20,false
    C01-R2,C01,C01-P1,2021-12-09,PN7,IRO1,2021-12-20,false
    C02-R1,C02,C02-P1,2021-05-12,PN3,IRO1,2021-05-20,false
    C02-R2,C02,C02-P1,2021-11-20,,IRO1,2021-11-30,false
    C05-R1,C05,C05-P1,2021-04-29,PN1,IRO2,2021-05-10,false
    C05-R2,C05,C05-P1,2021-07-29,PN2,IRO2,2021-08-10,false
    C05-R3,C05,C05-P1,2022-01-28,PN4,IRO2,2022-02-10,false
    C06-R1,C06,C06-P1,2021-05-20,PN5,IRO2,2021-06-01,false
    C06-R2,C06,C06-P1,2021-08-01,PN1,IRO2,,true
    C06-R3,C06,C06-P1,2021-11-19,PN6,IRO2,2021-12-01,false
    C07-R1,C07,C07-P2,2020-02-20,PN0,IRO1,2020-03-01,false
    C07-R2,C07,C07-P2,2020-05-20,PN0,IRO1,2020-06-01,false
    C07-R3,C07,C07-P2,2020-11-19,PN0,IRO1,2020-12-01,false
    C07-R4,C07,C07-P2,2021-05-19,PN3,IRO1,2021-06-01,false
    C07-R5,C07,C07-P2,2021-11-25,PN7,IRO1,2021-12-01,false
    C08-R1,C08,C08-P1,2020-11-20,PN1,IRO2,2020-12-01,false
    C08-R2,C08,C08-P1,2021-02-19,PN1,IRO2,2021-03-01,false
    C08-R3,C08,C08-P1,2021-08-19,PN1,IRO2,2021-09-01,false
    C08-R4,C08,C08-P1,2022-02-18,PN1,IRO2,2022-03-01,false
    C10-R1,C10,C10-P1,2021-10-28,PN1,IRO1,2021-11-05,false
    C11-R1,C11,C11-P1,2021-07-20,,IRO1,2021-08-01,false
    C11-R2,C11,C11-P1,2021-10-12,PN7,IRO1,2021-10-20,false
    C11-R3,C11,C11-P1,2022-03-01,PN2,IRO1,,true
    C12-R1,C12,C12-P1,2021-09-01,PN0,IRO2,2021-09-10,false
    C13-R1,C13,C13-P1,2020-06-25,PN1,IRO1,2020-07-01,false
    C13-R2,C13,C13-P1,2020-09-24,PN1,IRO1,2020-10-01,false
    C13-R3,C13,C13-P1,2021-03-20,PN1,IRO1,2021-03-25,false
    C13-R4,C13,C13-P1,2021-09-17,PN1,IRO1,2021-09-24,false
    C13-R5,C13,C13-P1,2022-03-18,PN1,IRO1,2022-03-25,false
    C14-R1,C14,C14-P1,2021-05-27,PN2,IRO2,2021-06-01,false
    C14-R2,C14,C14-P2,2021-11-29,PN3,IRO2,2021-12-03,false
    C14-R3,C14,C14-P2,2022-02-28,,IRO2,2022-03-07,false
    C15-R1,C15,C15-P1,2021-07-01,PN4,IRO1,2021-07-10,false
    C15-R2,C15,C15-P1,2021-12-01,PN1,IRO1,,true
    C15-R3,C15,C15-P1,2022-01-10,PN5,IRO1,2022-01-20,false
    C17-R1,C17,C17-P1,2020-09-28,PN6,IRO2,2020-10-05,false
    C17-R2,C17,C17-P1,2020-12-28,PN6,IRO2,2021-01-05,false
    C17-R3,C17,C17-P1,2021-06-25,PN6,IRO2,2021-07-05,false
    C17-R4,C17,C17-P1,2021-12-20,PN6,IRO2,2022-01-05,false
    C18-R1,C18,C18-P1,2021-07-29,PN1,IRO1,2021-08-05,false
    C18-R2,C18,C18-P1,2021-10-29,PN2,IRO1,2021-11-05,false
    C19-R1,C19,C19-P1,2021-02-26,PN1,IRO2,2021-03-05,false
    C19-R2,C19,C19-P1,2021-05-26,PN1,IRO2,2021-06-05,false
    C19-R3,C19,C19-P1,,PN1,IRO2,,false
    C19-R4,C19,C19-P1,2021-11-25,PN7,IRO2,2021-12-03,false
    C21-R1,C21,C21-P1,2021-09-01,PN7,IRO1,2021-09-10,false
    """,
    "permanence_plans.csv": """
    plan_id,child_id,plan,recorded_on
    C01-PL1,C01,long_term_fostering,2016-01-10
    C01-PL2,C01,adoption,2022-04-05
    C04-PL1,C04,long_term_residential,2017-06-01
    C05-PL1,C05,supported_living,2021-05-01
    C06-PL1,C06,,2021-06-01
    C07-PL1,C07,adoption,2016-07-01
    C07-PL2,C07,return_home,2020-05-20
    C08-PL1,C08,long_term_fostering,2021-02-19
    C09-PL1,C09,adoption,2015-03-01
    C12-PL1,C12,adoption,2019-06-01
    C13-PL1,C13,long_term_residential,2020-09-24
    C13-PL2,C13,return_home,2022-03-31
    C14-PL1,C14,other,2021-12-01
    C15-PL1,C15,long_term_fostering,2019-05-01
    C15-PL2,C15,sgo_cao,2019-05-01
    C17-PL1,C17,long_term_fostering,2020-12-28
    C18-PL1,C18,adoption,2021-10-29
    """,
    "teams.csv": """
    team_id,name
    T0,Independent Reviewing Service
    T1,Children in Care
    T2,Court
    """,
    "professionals.csv": """
    professional_id,name,role,team_id
    IRO1,Ada Iro,iro,T0
    IRO2,Ben Iro,iro,T0
    SW1,Cara Social,social_worker,T1
    SW2,Dev Social,social_worker,T2
    SW3,Eve Social,social_worker,
    """,
    "allocations.csv": """
    allocation_id,child_id,professional_id,role,start,end
    C01-A1,C01,IRO1,iro,2015-06-01,
    C01-S1,C01,SW1,social_worker,2015-06-01,2021-09-15
    C01-S2,C01,SW2,social_worker,2021-09-15,
    C02-A1,C02,IRO1,iro,2019-05-10,2022-03-31
    C02-S1,C02,SW3,social_worker,2019-05-10,2022-03-31
    C03-S1,C03,SW1,social_worker,2022-03-31,
    C05-A1,C05,IRO2,iro,2021-04-01,
    C05-S1,C05,SW2,social_worker,2021-04-01,
    C06-A1,C06,IRO2,iro,2018-09-01,
    C07-A1,C07,IRO1,iro,2020-02-01,
    C07-S1,C07,SW1,social_worker,2020-02-01,
    C08-A1,C08,IRO2,iro,2020-11-01,2022-03-31
    C08-A2,C08,IRO1,iro,2022-03-31,
    C08-S1,C08,SW1,social_worker,2020-11-01,
    C10-A1,C10,IRO1,iro,2021-10-01,2021-12-01
    C10-S1,C10,SW2,social_worker,2021-10-01,2021-12-01
    C11-A1,C11,IRO1,iro,2021-06-15,
    C11-S1,C11,SW3,social_worker,2021-06-15,
    C12-A1,C12,IRO2,iro,2019-02-01,
    C12-S1,C12,SW1,social_worker,2019-02-01,2022-01-31
    C13-A1,C13,IRO1,iro,2020-06-01,
    C13-S1,C13,SW2,social_worker,2020-06-01,
    C14-A1,C14,IRO2,iro,2021-05-01,
    C14-S1,C14,SW1,social_worker,2021-05-01,
    C15-A1,C15,IRO1,iro,2012-01-01,
    C15-S1,C15,SW1,social_worker,2012-01-01,2021-11-30
    C17-A1,C17,IRO2,iro,2020-09-01,
    C17-S1,C17,SW3,social_worker,2020-09-01,
    C18-A1,C18,IRO1,iro,2021-07-01,2022-01-15
    C19-A1,C19,IRO2,iro,2021-02-01,
    C19-S1,C19,SW2,social_worker,2021-02-01,
    C21-A1,C21,IRO1,iro,2021-08-02,2021-09-10
    """,
    "escalations.csv": """
    escalation_id,child_id,raised_on,raised_by,theme,stage_reached,resolved_on,resolved_at_stage
    C01-X1,C01,2021-09-15,IRO1,care_plan_not_progressed,informal,2021-09-21,informal
    C02-X1,C02,2021-04-01,IRO1,,informal,2021-04-08,informal
    C05-X1,C05,2021-04-30,IRO2,care_plan_not_progressed,stage1,2021-05-13,stage1
    C06-X1,C06,2022-03-31,IRO2,placement_stability,informal,,
    C08-X0,C08,2020-11-15,IRO2,placement_stability,informal,2020-11-20,informal
    C08-X1,C08,2021-05-01,IRO2,missing_incomplete_or_poor_documentation,stage2,2021-05-15,stage2
    C08-X2,C08,2021-05-31,IRO2,missing_incomplete_or_poor_documentation,stage2,2021-06-28,stage2
    C10-X1,C10,2021-10-15,IRO1,care_plan_not_progressed,stage3,2021-11-13,stage3
    C11-X1,C11,2022-03-01,IRO1,placement_stability,informal,,
    C12-X1,C12,2022-01-31,IRO2,care_plan_not_progressed,stage1,2022-02-07,stage1
    C13-X1,C13,2020-04-01,IRO1,care_plan_not_progressed,informal,2020-04-10,informal
    C13-X2,C13,2021-03-31,IRO1,care_plan_not_progressed,informal,2021-04-06,
    C13-X3,C13,2021-03-01,IRO1,care_plan_not_progressed,informal,,
    C15-X1,C15,2021-12-01,IRO1,care_plan_not_progressed,informal,2021-12-01,informal
    C15-X2,C15,2022-02-28,IRO1,,stage1,2022-04-05,stage1
    C17-X1,C17,2021-06-01,IRO2,missing_incomplete_or_poor_documentation,stage4,2021-08-30,stage4
    C19-X1,C19,2021-07-31,IRO2,placement_stability,stage1,2021-08-07,stage1
    C19-X2,C19,2022-03-31,IRO2,care_plan_not_progressed,informal,,
    """,
    "notes.csv": """
    note_id,child_id,date,type,author_id
    C05-N1,C05,2021-04-20,iro_consultation,IRO2
    """,
    "escalation_stages.csv": """
    stage_id,escalation_id,stage,entered_on,addressed_to,response_due_on,responded_on
    C05-X1-S1,C05-X1,stage1,2021-04-30,SW2,2021-05-07,2021-05-13
    """,
    "escalation_actions.csv": """
    action_id,escalation_id,description,owner_id,due_on,completed_on
    C05-X1-A1,C05-X1,Update the care plan,SW2,2021-05-12,2021-05-13
    """,
  ]
}
