namespace Haidian.Rules;

/// <summary>
/// One line of an itemized result, readable as a bill a clerk can check by hand: what was measured,
/// the rule that applied, the arithmetic, the amount and the clause it comes from.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Subject">What was measured or counted, e.g. <c>S1 氨氮 NH3-N outflow 3.2 mg/L → 劣V (6)</c>.</param>
/// <param name="Rule">The rule that applied, in words, e.g. <c>case (一): 30,000 yuan per class worse</c>.</param>
/// <param name="Arithmetic">The arithmetic behind <paramref name="Amount"/>, e.g. <c>(6 − 4) × 30,000 = 60,000</c>.</param>
/// <param name="Amount">The amount in yuan (or points, where the result says so); never negative unless the line is a deduction.</param>
/// <param name="Citation">The clause the rule comes from.</param>
public sealed record LineItem(string Subject, string Rule, string Arithmetic, decimal Amount, Citation Citation);
