using System.CommandLine;
using System.Linq;
using Haidian.Rules.Deadlines;
using NodaTime.Text;

namespace Haidian.Rules.Cli.Deadlines;

/// <summary><c>haidian-rules deadlines workdays --from 2018-09-28 --add 10</c>: the Nth working day after a date, with every skipped day and its notice.</summary>
internal static class DeadlinesWorkdaysCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "The event (yyyy-MM-dd); not counted", Required = true };
        var add = new Option<int>("--add") { Description = "N: working days to count after the event (the Nth is the last day)", Required = true };
        var format = CliApp.FormatOption("text", "json");
        var command = new Command("workdays", "The last day of an N-working-day period (「N个工作日内」) on the official calendar 2017–2026: day 1 is the first working day after the event; holidays and make-up working days are shown with their notices")
        {
            from, add, format,
        };
        command.SetAction(r =>
        {
            var text = r.GetValue(from)!;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                throw new UserErrorException("--from: '" + text + "' is not a date written yyyy-MM-dd, e.g. 2018-09-28");
            }

            DeadlineResult result;
            try
            {
                result = DeadlinesModule.CreateCalculator(null).Period(parsed.Value, r.GetValue(add), PeriodUnit.WorkingDays);
            }
            catch (ValidationException ex)
            {
                throw UserErrorException.From(ex, e => "--" + (e.Path == "amount" || e.Path == "workingDays" ? "add" : "from") + ": " + e.Message);
            }

            context.Output.WriteLine(r.GetValue(format) == "json" ? HaidianJson.Serialize(result) : result.Explain());
            return ExitCodes.Success;
        });
        return command;
    }
}
