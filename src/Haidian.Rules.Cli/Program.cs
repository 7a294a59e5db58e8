using System;
using Haidian.Rules.Cli;

return CliApp.Run(args, Console.In, Console.Out, Console.Error);
