using System.Net;
using Microsoft.AspNetCore.Builder;

namespace Planner.Viewer.Tests;

/// <summary>The real dashboard on Kestrel, 127.0.0.1 and a free port, with its own result store in a temporary folder.</summary>
public sealed class ViewerServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ViewerServer(WebApplication app, ViewerOptions options, string folder)
    {
        this.app = app;
        Options = options;
        Folder = folder;
        Address = ViewerApp.Address(app);
    }

    public ViewerOptions Options { get; }
    public string Folder { get; }
    public Uri Address { get; }
    public string Origin => Address.GetLeftPart(UriPartial.Authority);

    public static async Task<ViewerServer> Start(Func<ViewerOptions, ViewerOptions>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "planner-viewer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new ViewerOptions { Port = 0, StorePath = Path.Combine(folder, "planner.db") };
        options = configure?.Invoke(options) ?? options;
        var app = ViewerApp.Build(options);
        await app.StartAsync();
        return new ViewerServer(app, options, folder);
    }

    /// <summary>A client that keeps the session cookie and, like a browser on one of the dashboard's pages, sends its Origin.</summary>
    public HttpClient Client(bool sameOrigin = true)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (sameOrigin)
            client.DefaultRequestHeaders.Add("Origin", Origin);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A store file still closing; the temporary folder is cleaned up by the system.
        }
    }
}
