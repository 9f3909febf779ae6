using Planner.Viewer.Pages;
using Planner.Viewer.Sessions;

namespace Planner.Viewer.Endpoints;

/// <summary>How handlers answer: a whole page in the layout, a redirect after a POST, or a refusal with a sentence.</summary>
public static class PageResults
{
    public static IResult Page(HttpContext context, BrowserSession session, string tab, string title, string body, int status = 200, string? script = null) =>
        Results.Content(Layout.Page(session.Language, tab, title, body, context.Request.Path + context.Request.QueryString, script),
            "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>After a POST: back to a page with GET, so a reload does not send the form again.</summary>
    public static IResult SeeOther(string path) => Results.Redirect(Html.LocalPath(path), permanent: false, preserveMethod: false);

    public static IResult Refuse(int status, string message) => Results.Text(message + "\n", "text/plain; charset=utf-8", System.Text.Encoding.UTF8, status);
}
