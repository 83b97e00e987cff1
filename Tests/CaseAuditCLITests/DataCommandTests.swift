import CaseAudit
import Foundation
import Testing

/// Writes a tiny canonical export into the runner's folder and returns its path.
private func tinyExport(_ runner: CommandRunner, reviews: String? = nil) throws -> String {
  let folder = runner.folder.appendingPathComponent("export").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let files = [
    "children.csv": "child_id,dob\nC1,2012-03-01\nC2,\n",
    "periods.csv": "period_id,child_id,start\nP1,C1,2021-04-06\nP2,C2,2021-05-04\n",
    "reviews.csv": reviews
      ?? "review_id,child_id,period_id,held_on,participation\nR1,C1,P1,2021-05-05,PN1\n"
      + "R2,C1,P1,2021-08-06,PN7\nR3,C2,P2,2021-05-28,PN1\n",
  ]
  for (name, text) in files {
    try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
  }
  return folder
}

/// End-to-end runs of `data check`, `score` and `generate`.
@Suite struct DataCommandTests {
  @Test func scoreCanBeLimitedToCases() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try tinyExport(runner)
    let arguments = [
      "score", "--rules", "Rules/iro", "--data", export, "--as-at", "2021-09-30", "--rule",
      "reviews_within_timescale", "--format", "csv",
    ]
    let one = try runner.run(arguments + ["--case", "C2"])
    #expect(one.status == 0)
    #expect(
      one.stdout == """
        case_id,stratum,rule_id,item_id,outcome,message,evidence,auditor,auditor_outcome,\
        auditor_note
        C2,,reviews_within_timescale,,met,,,,,
        C2,,reviews_within_timescale,R3,met,,held_on 2021-05-28; due_by 2021-06-02; \
        previous_review unknown,,,

        """)
    let missing = try runner.run(arguments + ["--case", "C9", "--case", "C1", "--case", "X"])
    #expect(missing.status == 1)
    #expect(missing.stdout == "")
    #expect(missing.stderr.hasSuffix("\nerror: no cases 'C9', 'X' in the export\n"))
  }

  @Test func scoreWritesTheDocumentedJSON() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try tinyExport(runner)
    let output = try runner.run([
      "score", "--rules", "Rules/iro", "--data", export, "--as-at", "2021-09-30",
      "--rule", "reviews_within_timescale", "--format", "json",
    ])
    let pack = PackLoader().load(path: CommandRunner.repositoryRoot.path + "/Rules/iro").pack
    let fingerprint = try #require(pack?.fingerprint)
    #expect(output.status == 0)
    #expect(
      output.stdout == """
        {"as_at":"2021-09-30","cases":[{"case_id":"C1","findings":[{"evidence":{},"items":[{"evide\
        nce":{"due_by":"2021-05-05","held_on":"2021-05-05","previous_review":"unknown"},"item_id":\
        "R1","message":null,"outcome":"met"},{"evidence":{"due_by":"2021-08-05","held_on":"2021-08\
        -06","previous_review":"2021-05-05"},"item_id":"R2","message":"review held on 2021-08-06, \
        after it was due on 2021-08-05","outcome":"not_met"}],"message":"1 of 2 reviews not met","\
        outcome":"not_met","rule_id":"reviews_within_timescale"}],"grade":"inadequate"},{"case_id"\
        :"C2","findings":[{"evidence":{},"items":[{"evidence":{"due_by":"2021-06-02","held_on":"20\
        21-05-28","previous_review":"unknown"},"item_id":"R3","message":null,"outcome":"met"}],"me\
        ssage":null,"outcome":"met","rule_id":"reviews_within_timescale"}],"grade":"good"}],"pack"\
        :{"fingerprint":"\(fingerprint)","id":"iro","version":"2022.1"},"period":{"end":null,"star\
        t":null},"schema_version":1,"summary":{"cases":2,"grades":{"good":1,"inadequate":1,"not gr\
        aded":0,"requires_improvement":0},"rules":[{"cases":{"insufficient_evidence":0,"met":1,"no\
        t_applicable":0,"not_met":1},"items":{"insufficient_evidence":0,"met":2,"not_applicable":0\
        ,"not_met":1},"rule_id":"reviews_within_timescale","title":"Each review is held within the\
         statutory timescale"}],"tallies":[{"id":"escalations_by_theme","rows":[],"title":"Escalat\
        ions raised in the period, by theme","total":0,"unknown_cases":2},{"id":"escalations_by_mo\
        nth","rows":[],"title":"Escalations raised in the period, by month","total":0,"unknown_cas\
        es":2},{"id":"escalations_by_team","rows":[],"title":"Escalations raised in the period, by\
         the allocated social worker's team","total":0,"unknown_cases":2},{"id":"escalation_resolu\
        tion_time","rows":[],"title":"Escalations resolved in the period, by time to resolution","\
        total":0,"unknown_cases":2},{"id":"escalations_resolved_at_stage","rows":[],"title":"Escal\
        ations resolved in the period, by the stage at which they were resolved","total":0,"unknow\
        n_cases":2}]}}

        """)
  }

  @Test func dataCheckReportsEveryProblemThenCounts() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try tinyExport(
      runner,
      reviews: "review_id,child_id,period_id,held_on,participation\nR1,C1,P1,2021-13-05,PN1\n"
        + "R2,C9,P1,2021-08-06,PN8\n")
    let output = try runner.run(["data", "check", "--rules", "Rules/iro", "--data", export])
    #expect(output.status == 1)
    #expect(
      output.stderr.hasSuffix(
        """
        \(export)/reviews.csv:2:4: error: '2021-13-05' is not a date (YYYY-MM-DD) for 'held_on'
        \(export)/reviews.csv:3:5: error: 'PN8' is not a code of 'participation'; did you mean \
        'PN0'?

        """))
    #expect(
      output.stdout == """
        \(export): 2 errors, 9 warnings

        By kind:
                        errors  warnings
          invalid date       1         0
          missing file       0         9
          unknown code       1         0

        By file:
                          errors  warnings
          (whole export)       0         9
          reviews.csv          2         0

        Records:
          type               file                    loaded  excluded
          child              children.csv                 2         0
          period             periods.csv                  2         0
          episode            episodes.csv                 -         -  not provided
          review             reviews.csv                  0         2
          permanence_plan    permanence_plans.csv         -         -  not provided
          professional       professionals.csv            -         -  not provided
          team               teams.csv                    -         -  not provided
          allocation         allocations.csv              -         -  not provided
          note               notes.csv                    -         -  not provided
          escalation         escalations.csv              -         -  not provided
          escalation_stage   escalation_stages.csv        -         -  not provided
          escalation_action  escalation_actions.csv       -         -  not provided

        Columns not provided (rules that read them give insufficient evidence):
          children.csv  sex, ethnicity
          periods.csv   end, end_reason
          reviews.csv   chair_id, record_issued_on

        """)
  }

  @Test func generateIsDeterministicAndChecksClean() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let first = runner.folder.appendingPathComponent("a").path
    let second = runner.folder.appendingPathComponent("b").path
    for folder in [first, second] {
      let output = try runner.run(["generate", "--children", "40", "--seed", "3", "--out", folder])
      #expect(output.status == 0)
      #expect(output.stdout.hasPrefix("\(folder)/children.csv: 40 rows\n"))
    }
    for file in ["children.csv", "reviews.csv", "notes.csv", "escalation_actions.csv"] {
      #expect(
        FileManager.default.contents(atPath: first + "/" + file)
          == FileManager.default.contents(atPath: second + "/" + file))
    }
    let check = try runner.run(["data", "check", "--rules", "Rules/iro", "--data", first])
    #expect(check.status == 0)
    #expect(check.stderr == "")
  }

  @Test func generateRefusesAnUnknownFault() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run([
      "generate", "--children", "5", "--out", runner.folder.path, "--fault", "late_reviews=0.1",
    ])
    #expect(output.status == 64)
    #expect(
      output.stderr.hasPrefix("Error: unknown fault 'late_reviews'; did you mean 'late_review'?\n"))
  }

  @Test func generateChecksFaultsBeforeAnyWorkWithItsOwnUsage() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let out = runner.folder.appendingPathComponent("export").path
    let output = try runner.run([
      "generate", "--children", "5", "--out", out, "--rules", "/nonexistent", "--fault",
      "late_review",
    ])
    #expect(output.status == 64)
    #expect(
      output.stderr == """
        Error: the fault 'late_review' needs a rate from 0 to 1, as in 'late_review=0.05'
        Usage: caseaudit generate --children <children> [--seed <seed>] --out <out> \
        [--rules <rules>] [--fault <fault> ...] [--format <format>]
          See 'caseaudit generate --help' for more information.

        """)
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}

/// `caseaudit size` prints the attribute-sampling size.
@Suite struct SizeCommandTests {
  @Test(arguments: [
    (["--confidence", "0.95", "--tolerable-rate", "0.05"], "59\n"),
    (["--confidence", "0.95", "--tolerable-rate", "0.05", "--expected-errors", "2"], "124\n"),
    (["--confidence", "0.95", "--tolerable-rate", "0.05", "--population", "200"], "51\n"),
    // 7% of 100 is 7 deviations, not the 8 of floating point: smallest n with
    // scipy.stats.hypergeom.cdf(0, 100, 7, n) <= 0.05 is 34 (SciPy 1.17).
    (["--confidence", "0.95", "--tolerable-rate", "0.07", "--population", "100"], "34\n"),
  ])
  func sizes(arguments: [String], expected: String) throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["size"] + arguments)
    #expect(output.status == 0)
    #expect(output.stdout == expected)
  }

  @Test func explained() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run([
      "size", "--confidence", "0.95", "--tolerable-rate", "0.1", "--explain",
    ])
    #expect(
      output.stdout == """
        29
        with 0 deviations in 29 cases, the 95% upper bound on the deviation rate is within 10% \
        (binomial)

        """)
  }

  @Test func explainedWithARateNotExactInBinary() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run([
      "size", "--confidence", "0.975", "--tolerable-rate", "0.07", "--population", "100",
      "--explain",
    ])
    #expect(output.status == 0)
    // Smallest n with scipy.stats.hypergeom.cdf(0, 100, 7, n) <= 0.025 is 40 (SciPy 1.17).
    #expect(
      output.stdout == """
        40
        with 0 deviations in 40 cases, the 97.5% upper bound on the deviation rate is within 7% \
        (hypergeometric, population 100)

        """)
  }

  @Test func anUnreachableCriterionIsSaidNotSized() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run([
      "size", "--confidence", "0.95", "--tolerable-rate", "0.07", "--population", "100",
      "--expected-errors", "7",
    ])
    #expect(output.status == 64)
    #expect(output.stdout == "")
    #expect(
      output.stderr == """
        error: no sample can show a rate within 0.07: 7 expected deviations are not below the 7 \
        that rate allows in a population of 100

        """)
  }

  @Test func badRateIsAUsageError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["size", "--confidence", "95", "--tolerable-rate", "0.05"])
    #expect(output.status == 64)
    #expect(
      output.stderr.hasPrefix("Error: --confidence '95' must be a number from 0.5 to 0.999\n"))
  }
}

/// `--mapping` reads a local export through a mapping file.
@Suite struct MappingCommandTests {
  @Test func dataCheckReadsALocalExportThroughItsMapping() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let folder = runner.folder.path
    let files = [
      "Person.csv": "PersonID,BirthDate\nC1,01/03/2012\n",
      "mapping.yaml": """
      date_formats: [DD/MM/YYYY]
      types:
        child: {file: Person.csv, columns: {child_id: PersonID, dob: BirthDate}}
        review:
          file: Reviews.csv
          columns: {review_id: Ref, child_id: PersonID, held_on: Meeting, participation: Took part}
          values:
            participation: {Spoke for themselves: PN1}

      """,
      "Reviews.csv": "Ref,PersonID,Meeting,Took part\nR1,C1,05/05/2021,Spoke for themselves\n"
        + "R2,C1,06/08/2021,Wrote a letter\n",
    ]
    for (name, text) in files {
      try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    let output = try runner.run([
      "data", "check", "--rules", "Rules/iro", "--data", folder, "--mapping",
      folder + "/mapping.yaml",
    ])
    #expect(output.status == 1)
    #expect(
      output.stderr.hasSuffix(
        """
        \(folder)/Reviews.csv:3:4: error: 'Wrote a letter' has no mapping for 'participation'; \
        add it under types: review: values: participation: in \(folder)/mapping.yaml

        """))
    #expect(
      output.stdout.contains("  review             Reviews.csv                  1         1\n"))
  }
}
