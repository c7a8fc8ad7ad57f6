using BindGen.Cli;

return BindGenCommand.Run(args, Console.Out, Console.Error);
