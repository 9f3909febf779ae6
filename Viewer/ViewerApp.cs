using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HostFiltering;
using Planner.Viewer.Endpoints;
using Planner.Viewer.Pages;
using Planner.Viewer.Runs;
using Planner.Viewer.Safety;
using Planner.Viewer.Sessions;

namespace Planner.Viewer;

/// <summary>The dashboard as a web application: Kestrel on the options' address, the request guard, the pages.</summary>
public static class ViewerApp
{
    public static WebApplication Build(ViewerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(options.Address, options.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxRequestBytes;
            form.ValueLengthLimit = (int)options.MaxRequestBytes;
            form.ValueCountLimit = 500;
        });
        if (System.Net.IPAddress.IsLoopback(options.Address))
        {
            // Served to this computer only: a page elsewhere that points a name at 127.0.0.1 (DNS rebinding) is not let in.
            builder.Services.Configure<HostFilteringOptions>(h => h.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        }
        var library = Library.Shipped();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(library);
        builder.Services.AddSingleton(new SessionStore(library.Default));
        builder.Services.AddSingleton<RunManager>();
        builder.Services.AddSingleton<StoredResults>();

        var app = builder.Build();
        if (System.Net.IPAddress.IsLoopback(options.Address))
            app.UseHostFiltering();
        app.UseMiddleware<RequestGuard>();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["X-Frame-Options"] = "DENY";
            context.Response.Headers["Referrer-Policy"] = "same-origin";
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            await next(context);
        });
        UnitEndpoints.Map(app);
        ScenarioEndpoints.Map(app);
        ResultEndpoints.Map(app);
        app.MapFallback(async context =>
            await RequestGuard.Refuse(context, StatusCodes.Status404NotFound, $"No page at {context.Request.Path}; the dashboard starts at /."));
        return app;
    }

    /// <summary>The address the server listens on, once started (the port is chosen at start when it is 0).</summary>
    public static Uri Address(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::]", "localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
    }
}
