@testable import CaseAudit

/// Small documents the renderers' tests share, with hostile text in their values.
enum DocumentSamples {
  /// A table of counts with shares and a total, and a note.
  static let counts = ReportTable(
    id: "reviews_held", title: "Reviews <held>", note: "Reviews with held_on in the period.",
    rowHeading: "Outcome",
    columns: [ReportColumn(key: "2021", label: "2021"), ReportColumn(key: "2022", label: "2022")],
    rows: [
      ReportRow(key: "within", label: "Within | time", cells: [.count(3), .count(0)]),
      ReportRow(key: "late", label: "Late", cells: [.count(1), .empty]),
      ReportRow(key: "total", label: "Total", cells: [.count(4), .count(0)]),
    ], showsShares: true)

  /// A table of text, numbers and proportions.
  static let mixed = ReportTable(
    id: "rules", title: "Standards", rowHeading: "Standard",
    columns: [
      ReportColumn(key: "iro", label: "IRO"), ReportColumn(key: "mean", label: "Mean"),
      ReportColumn(key: "rate", label: "Rate"),
    ],
    rows: [
      ReportRow(
        key: "a", label: "=cmd",
        cells: [
          .text("<b>Ann</b>"), .number(2.345, places: 2),
          .proportion(0.5, places: 1),
        ])
    ])

  /// A chart of two series.
  static let chart = ReportChart(
    title: "Escalations", kind: .bars, categories: ["Apr", "May"], valueLabel: "Escalations",
    series: [
      .init(name: "2021-22", values: [3, 5]), .init(name: "2020-21", values: [2, nil]),
    ])

  /// A document with every kind of block.
  static let document = ReportDocument(
    title: "Report & <title>", facts: [ReportFact("Period", "2021-04-01 to 2022-03-31")],
    notices: ["Redacted: ids are pseudonyms"],
    sections: [
      ReportSection(
        id: "counts", heading: "Counts",
        blocks: [.paragraph("Counted <once>."), .table(counts), .list(["one", "[two]"])],
        subsections: [
          ReportSection(
            id: "mixed", heading: "Mixed", blocks: [.table(mixed), .chart(chart)])
        ]),
      ReportSection(
        id: "cases", heading: "Cases",
        blocks: [
          .definitions([ReportFact("Cases", "1")]),
          .figure(ReportFigure(caption: "Plot", svg: "<svg></svg>", description: "A plot")),
          .caseFile(
            ReportCaseFile(
              id: "case-C1", caseID: "C1", grade: "good", facts: [ReportFact("Stratum", "north")],
              findings: [
                ReportFinding(
                  subject: "reviews", outcome: .notMet, message: "late", evidence: "held 3",
                  items: [ReportFinding(subject: "R1", outcome: .notMet, message: "<late>")])
              ])),
        ]),
    ])
}
