return Planner.Scenarios.Cli.PlannerCli.Run(args, Console.Out, Console.Error);
