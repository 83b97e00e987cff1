/// A rule as scoring runs it: its compiled parts taken out of the `Rule` once and held by
/// reference, so evaluating it for a case or an item copies nothing.
///
/// Passing a `Rule` (two dozen counted fields) to the evaluator copied it, and its `for_each`,
/// for every case and rule: a fifth of a census's scoring went to those copies.
final class RulePlan: Sendable {
  /// The rule's id.
  let id: String
  /// Its title, for the message of a finding not met that has none of its own.
  let title: String
  /// The slot each item is bound to, when the rule scores items.
  let itemSlot: Int?
  /// The items, when the rule scores items.
  let items: Eval?
  /// The record type of the items, when it is one: it names them in a finding's summary.
  let itemType: Int?
  /// Applicability.
  let when: Eval?
  /// The `let` bindings' slots, in order.
  let letSlots: [Int]
  /// The `let` bindings' values, in the order of `letSlots`.
  let letValues: [Eval]
  /// The expectation.
  let expect: Eval
  /// The evidence's names, in order.
  let evidenceNames: [String]
  /// The evidence's values, in the order of `evidenceNames`.
  let evidenceValues: [Eval]
  /// The message of a finding not met.
  let message: MessageTemplate?

  /// The plan of a compiled rule.
  init(_ rule: Rule) {
    id = rule.id
    title = rule.title
    itemSlot = rule.forEach?.slot
    items = rule.forEach?.list.eval
    if case .list(.record(let type))? = rule.forEach?.list.type {
      itemType = type
    } else {
      itemType = nil
    }
    when = rule.when?.eval
    letSlots = rule.lets.map(\.slot)
    letValues = rule.lets.map(\.value.eval)
    expect = rule.expect.eval
    evidenceNames = rule.evidence.map(\.name)
    evidenceValues = rule.evidence.map(\.value.eval)
    message = rule.message
  }
}
