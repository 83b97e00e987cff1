extension AuditRun {
  /// For each sampled case, in sample order, the pack's practice questions that apply to it
  /// (`applies_to` true or unknown), in the pack's order.
  public func applicableQuestions() -> [(caseID: String, questions: [PracticeQuestion])] {
    let pack = plan.pack
    guard !pack.questions.isEmpty else { return results.map { ($0.caseID, []) } }
    var frame = Frame(
      data: data.dataset, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
      params: pack.parameters.values, asAt: plan.context.asAtValue,
      period: plan.context.periodValue, slotCount: plan.slotCount)
    return zip(sample.cases, results).map { drawn, result in
      frame.caseRecord = RecordRef(type: pack.schema.caseType, row: drawn.frameCase.row)
      return (result.caseID, pack.questions.filter { $0.applies(&frame) })
    }
  }
}
