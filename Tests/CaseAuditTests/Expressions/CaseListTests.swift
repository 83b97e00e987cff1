import Testing

@testable import CaseAudit

/// A case's own lists (`reviews`), kept in the frame once read for the case, are the lists read
/// through the case record (`child.reviews`, built every time), case after case in one frame:
/// cases with no records, non-ASCII keys, records excluded for errors and types not provided.
@Suite struct CaseListTests {
  /// Children and their reviews; `C4`'s reviews are incomplete, and with `provided` false the
  /// export has no reviews at all.
  static func dataset(_ schema: Schema, reviewsProvided: Bool) -> Dataset {
    var builder = DatasetBuilder(schema: schema)
    let review = schema.types.firstIndex { $0.name == "review" }!
    let children = ["C1", "C2", "Ç3", "C4", "C5"]
    for child in children {
      builder.append(.init(values: [.string(child), .null, .null]), type: schema.caseType)
    }
    let reviews: [(String, String, String?)] = [
      ("R1", "C1", "2021-04-28"), ("R2", "C1", nil), ("Ŕ3", "Ç3", "2021-07-20"),
      ("R4", "C1", "2021-10-20"), ("R5", "C4", "2021-05-05"), ("R6", "C5", "2021-06-01"),
      ("R7", "Ç3", "2021-08-08"),
    ]
    for (id, child, held) in reviews {
      let heldOn: Value = held.flatMap { Day(iso: $0) }.map { .date($0) } ?? .null
      builder.append(
        .init(values: [.string(id), .string(child), .null, heldOn, .null, .null, .null, .null]),
        type: review)
    }
    var incomplete = Array(repeating: Set<String>(), count: schema.types.count)
    incomplete[review] = ["C4"]
    var provided = Array(repeating: true, count: schema.types.count)
    provided[review] = reviewsProvided
    return builder.build(provided: provided, incompleteCases: incomplete).0
  }

  /// Compiles expressions over the fixture schema into one frame's slots.
  static func compiled(_ expressions: [String], _ schema: Schema) throws -> ([Eval], Int) {
    var compiler = ExpressionCompiler(
      schema: schema, calendar: .weekendsOnly, parameters: [:], functions: [:])
    var evals: [Eval] = []
    for expression in expressions {
      let node = YAMLNode(.scalar(expression, .plain), line: 1, column: 1)
      let source = ExpressionSource(node: node, file: SourceFile(path: "expr", text: expression))
      guard let compiled = compiler.compile(source, in: Scope()) else {
        throw DiagnosticFailure(compiler.diagnostics)
      }
      evals.append(compiled.eval)
    }
    return (evals, compiler.slotCount)
  }

  @Test(arguments: [true, false])
  func keptListsAreTheListsBuiltEachTime(reviewsProvided: Bool) throws {
    let schema = try Fixture.loadedSchema()
    let data = Self.dataset(schema, reviewsProvided: reviewsProvided)
    // Each kept form beside its form through the case record, read in turn, twice over.
    let pairs = [
      ("reviews.map(r, r.review_id)", "child.reviews.map(r, r.review_id)"),
      ("reviews.count()", "child.reviews.count()"),
      (
        "reviews.filter(r, reviews.exists(x, x.held_on > r.held_on)).map(r, r.review_id)",
        "child.reviews.filter(r, child.reviews.exists(x, x.held_on > r.held_on))"
          + ".map(r, r.review_id)"
      ),
      ("reviews.last().held_on", "child.reviews.last().held_on"),
      ("periods.count()", "child.periods.count()"),
    ]
    let (evals, slots) = try Self.compiled(pairs.flatMap { [$0.0, $0.1] }, schema)
    var frame = Frame(
      data: data, caseRecord: RecordRef(type: schema.caseType, row: 0), params: [],
      asAt: .null, period: .range(nil, nil), slotCount: slots)
    for row in [0, 1, 2, 3, 4, 0, 2, 2, 4, 1] {
      frame.caseRecord = RecordRef(type: schema.caseType, row: row)
      for _ in 0..<2 {
        for index in pairs.indices {
          let kept = evals[2 * index](&frame)
          let built = evals[2 * index + 1](&frame)
          #expect(kept == built, "\(pairs[index].0) for case row \(row)")
        }
      }
    }
  }
}
