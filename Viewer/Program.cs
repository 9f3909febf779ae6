using System.Net;
using System.Net.Sockets;
using Planner.Viewer;

// `dotnet run --project Viewer`: the dashboard on http://127.0.0.1:5080/ (or a free port, printed).
var options = ViewerOptions.Parse(args, out var errors, out var help);
if (help)
{
    Console.WriteLine(new ViewerOptions().Usage);
    return 0;
}
if (options is null)
{
    foreach (var error in errors)
        Console.Error.WriteLine("error: " + error);
    return 2;
}
if (options.Port == ViewerOptions.DefaultPort && !Free(options.Address, options.Port))
    options = options with { Port = 0 };

var app = ViewerApp.Build(options);
try
{
    await app.StartAsync();
}
catch (IOException e)
{
    Console.Error.WriteLine($"error: cannot listen on {options.Address}:{options.Port}: {e.Message}");
    return 1;
}
var address = ViewerApp.Address(app);
Console.WriteLine($"Planner: öppna {address} i webbläsaren (open it in your browser). Ctrl+C stoppar.");
if (!IPAddress.IsLoopback(options.Address))
    Console.WriteLine($"Obs: servern svarar alla på nätverket via {options.Address} (no login): only on a network you trust.");
Console.WriteLine($"Resultatlager (result store): {Path.GetFullPath(options.StorePath)}");
await app.WaitForShutdownAsync();
return 0;

static bool Free(IPAddress address, int port)
{
    try
    {
        using var probe = new TcpListener(address, port);
        probe.Start();
        return true;
    }
    catch (SocketException)
    {
        return false;
    }
}
