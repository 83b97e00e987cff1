import Testing

@testable import CaseAudit

/// Decimals as report text: whole ones without `.0`, and those past Int's range written as
/// decimals rather than converted (the conversion stopped the program).
@Suite struct DecimalRenderingTests {
  @Test(arguments: [
    (4.0, "4"),
    (-0.0, "0"),
    (2.5, "2.5"),
    (1.0 / 3.0, "0.333"),
    (9_223_372_036_854_774_784.0, "9223372036854774784"),
    (9_223_372_036_854_775_808.0, "9.223372036854776e+18"),
    (-1e19, "-1e+19"),
    (1e307, "1e+307"),
    (Double.infinity, "inf"),
  ])
  func decimalsAreWrittenWithoutStoppingTheProgram(value: Double, text: String) throws {
    let data = DatasetBuilder(schema: try Fixture.loadedSchema()).build().0
    #expect(data.render(.decimal(value)) == text)
  }

  @Test func theRulesDocumentWritesHugeWeightsAsDecimals() {
    #expect(Dataset.number(1e19) == "1e+19")
    #expect(Dataset.number(3) == "3")
    #expect(Dataset.number(0.5) == "0.5")
  }
}
