using Microsoft.AspNetCore.Http.Features;

namespace Planner.Viewer.Safety;

/// <summary>
/// The checks every request passes before a page sees it: only GET, HEAD and POST; a POST (the only kind of
/// request that changes anything) only from a page of this dashboard (the browser's Sec-Fetch-Site or Origin
/// says so) and only as a form; and no body over the limit. Each refusal is a 4xx with a sentence saying why.
/// </summary>
public sealed class RequestGuard(RequestDelegate next, ViewerOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsPost(request.Method)))
        {
            context.Response.Headers.Allow = "GET, HEAD, POST";
            await Refuse(context, StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not used here; pages are read with GET and changed with POST.");
            return;
        }
        if (HttpMethods.IsPost(request.Method) && CrossSite(request) is { } why)
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Refused: changes are accepted only from this dashboard's own pages (" + why + ").");
            return;
        }
        if (HttpMethods.IsPost(request.Method) && !request.HasFormContentType)
        {
            // Every change is a form post; anything else is not from these pages.
            await Refuse(context, StatusCodes.Status415UnsupportedMediaType, "Expected a form (application/x-www-form-urlencoded or multipart/form-data).");
            return;
        }
        if (request.ContentLength is { } length && length > options.MaxRequestBytes)
        {
            await Refuse(context, StatusCodes.Status413PayloadTooLarge, TooLarge(length));
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = options.MaxRequestBytes;
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // Kestrel stops a body without a length that grows past the limit, and a form it cannot parse.
            var status = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? e.StatusCode : StatusCodes.Status400BadRequest;
            await Refuse(context, status, status == StatusCodes.Status413PayloadTooLarge ? TooLarge(null) : "The request could not be read: " + e.Message);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // A form or multipart body over the form limits, or cut off.
            await Refuse(context, StatusCodes.Status400BadRequest, "The form could not be read: " + e.Message);
        }
    }

    private string TooLarge(long? length) =>
        $"The request is too large{(length is { } l ? $" ({l:N0} bytes)" : "")}; at most {options.MaxRequestBytes:N0} bytes are accepted (a scenario file is a few kB).";

    /// <summary>Null when the request comes from this site; otherwise why not.</summary>
    private static string? CrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
            return site is "same-origin" or "none" ? null : $"Sec-Fetch-Site: {site}";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return "no Origin header";
        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) ? null : $"Origin {origin} is not {own}";
    }

    public static async Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message + "\n");
    }
}
