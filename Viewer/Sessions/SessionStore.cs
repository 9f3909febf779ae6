using System.Collections.Concurrent;
using System.Security.Cryptography;
using Newtonsoft.Json.Linq;

namespace Planner.Viewer.Sessions;

/// <summary>
/// Browser sessions kept in memory and found by an unguessable cookie (HttpOnly, SameSite=Strict). Bounded:
/// past <see cref="MaxSessions"/> the longest-idle session without a running job is dropped.
/// </summary>
public sealed class SessionStore(Func<(JObject Unit, string Source)> newUnit)
{
    public const string CookieName = "planner-session";
    public const int MaxSessions = 500;
    private readonly ConcurrentDictionary<string, BrowserSession> sessions = new(StringComparer.Ordinal);

    public BrowserSession For(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(CookieName, out var id) && id is not null && sessions.TryGetValue(id, out var known))
        {
            known.LastSeen = DateTime.UtcNow;
            return known;
        }
        var (unit, source) = newUnit();
        var session = new BrowserSession(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), unit, source);
        Trim();
        sessions[session.Id] = session;
        context.Response.Cookies.Append(CookieName, session.Id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Path = "/",
        });
        return session;
    }

    private void Trim()
    {
        if (sessions.Count < MaxSessions)
            return;
        var idle = sessions.Values.Where(s => s.Run is not { Running: true }).OrderBy(s => s.LastSeen).FirstOrDefault();
        if (idle is not null)
            sessions.TryRemove(idle.Id, out _);
    }
}
