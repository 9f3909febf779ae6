using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Planner.Scenarios.Files;
using Planner.Simulation.Designs;

namespace Planner.Viewer.Tests;

/// <summary>The dashboard's server answers bad requests with a 4xx and a sentence, never with a path it was handed, and listens on loopback unless told otherwise.</summary>
[TestFixture]
public sealed class ServerTests
{
    private ViewerServer server = null!;

    [OneTimeSetUp]
    public async Task Start() => server = await ViewerServer.Start();

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [Test]
    public async Task Default_options_listen_on_loopback_only()
    {
        Assert.That(IPAddress.IsLoopback(new ViewerOptions().Address), Is.True);
        var parsed = ViewerOptions.Parse([], out var errors, out _);
        Assert.That(errors, Is.Empty);
        Assert.That(parsed!.Address, Is.EqualTo(IPAddress.Loopback));
        // The running server, started with the default address, reports 127.0.0.1.
        Assert.That(server.Address.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(IPAddress.IsLoopback(IPAddress.Parse(server.Address.Host)), Is.True);
    }

    [Test]
    public void A_bad_address_or_port_is_refused_with_a_message()
    {
        Assert.That(ViewerOptions.Parse(["--address", "not-an-ip"], out var errors, out _), Is.Null);
        Assert.That(errors.Single(), Does.Contain("not-an-ip").And.Contain("IP address"));
        Assert.That(ViewerOptions.Parse(["--port", "70000"], out errors, out _), Is.Null);
        Assert.That(errors.Single(), Does.Contain("0–65535"));
    }

    [Test]
    public async Task An_oversized_upload_gets_413_with_a_message()
    {
        using var client = server.Client();
        var big = new string(' ', (int)server.Options.MaxRequestBytes + 10_000);
        using var content = new MultipartFormDataContent { { new StringContent("{" + big + "}"), "file", "big.json" } };
        var response = await client.PostAsync("/enheten/ladda-upp", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("too large").And.Contain("at most"));
    }

    [Test]
    public async Task An_oversized_body_without_a_length_gets_413_with_a_message()
    {
        using var client = server.Client();
        var body = new PushStreamBody((int)server.Options.MaxRequestBytes * 2);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/enheten") { Content = body };
        request.Headers.TransferEncodingChunked = true;
        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("too large"));
    }

    [Test]
    public async Task A_malformed_scenario_file_gets_400_with_the_loaders_message()
    {
        using var client = server.Client();
        const string text = "{ \"population\": 80000, ";
        using var content = new MultipartFormDataContent { { new StringContent(text), "file", "broken.json" } };
        var response = await client.PostAsync("/enheten/ladda-upp", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var expected = ScenarioLoader.Parse("broken.json", text).Errors.Single().ToString();
        Assert.That(page, Does.Contain(expected));
    }

    [Test]
    public async Task A_malformed_form_gets_400_with_a_message()
    {
        using var client = server.Client();
        using var content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        var response = await client.PostAsync("/enheten/ladda-upp", content);
        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
        Assert.That((await response.Content.ReadAsStringAsync()).Trim(), Is.Not.Empty);
    }

    [Test]
    public async Task Run_settings_that_are_not_numbers_or_over_the_limits_get_400_with_a_message()
    {
        using var client = server.Client();
        var response = await client.PostAsync("/kor", Form(("replications", "many"), ("years", "5")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("Replikeringar: \"many\""));

        // 200 replications × 20 years × 1 scenario = 4 000 fits; a second scenario doubles it past the limit.
        Assert.That((await client.PostAsync("/scenarier/lagg-till", Form(("design", "fas")))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        response = await client.PostAsync("/kor", Form(("replications", "200"), ("years", "20")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("över gränsen 4\u00a0000"));
    }

    [Test]
    public async Task A_path_as_library_scenario_name_is_refused()
    {
        using var client = server.Client();
        var response = await client.PostAsync("/enheten/bibliotek", Form(("scenario", "../../etc/passwd")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Does.Contain("\"../../etc/passwd\"").And.Contain("baseline"));
        Assert.That(text, Does.Not.Contain("root:"));
        // The unit is unchanged: still the baseline.
        var json = JObject.Parse(await client.GetStringAsync("/enheten/scenario.json"));
        Assert.That(json["name"]!.ToString(), Is.EqualTo("baseline"));
    }

    [TestCase("/resultat/..%2F..%2Fetc%2Fpasswd")]
    [TestCase("/kostnader/..%2F..%2Fetc%2Fpasswd")]
    [TestCase("/resultat/0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task A_run_id_that_is_not_in_the_store_is_refused(string path)
    {
        using var client = server.Client();
        var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("run id").Or.Contain("körnings-id").Or.Contain("ingen körning"));
    }

    [Test]
    public async Task A_post_from_another_site_is_refused()
    {
        using var client = server.Client(sameOrigin: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/enheten/bibliotek") { Content = Form(("scenario", "fas-malmo")) };
        request.Headers.Add("Origin", "http://evil.example");
        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("evil.example"));

        using var browser = new HttpRequestMessage(HttpMethod.Post, "/kor") { Content = Form(("replications", "2"), ("years", "1")) };
        browser.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.That((await client.SendAsync(browser)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        // Without Origin or Sec-Fetch-Site nothing says where the form came from: refused too.
        var bare = await client.PostAsync("/enheten/bibliotek", Form(("scenario", "fas-malmo")));
        Assert.That(bare.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_post_that_is_not_a_form_gets_415_with_a_message()
    {
        using var client = server.Client();
        var response = await client.PostAsync("/kor", new StringContent("{\"replications\": 2}", Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Expected a form"));
    }

    [Test]
    public async Task Methods_other_than_get_and_post_are_refused()
    {
        using var client = server.Client();
        var response = await client.PutAsync("/enheten", Form(("population", "1")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("POST"));
    }

    [Test]
    public async Task Another_host_name_is_refused_on_loopback()
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";
        Assert.That((await client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_bad_value_gets_the_validators_message_next_to_its_field()
    {
        using var client = server.Client();
        await client.PostAsync("/enheten/bibliotek", Form(("scenario", "baseline")));
        var response = await client.PostAsync("/enheten", Form(("population", "-5"), ("groups", "1"), ("staff.caseworkers[0].fte", "1,5"), ("action", "save")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        // The same JSON through the scenario loader (what `planner validate` runs) gives the very messages shown.
        var json = JObject.Parse(await client.GetStringAsync("/enheten/scenario.json"));
        var load = ScenarioLoader.Parse("enheten.json", json.ToString());
        Assert.That(load.Errors.Select(e => e.Path), Is.SupersetOf(new[] { "$.population", "$.staff.caseworkers[0].fte" }));
        foreach (var error in load.Errors)
        {
            var field = error.Path![2..];
            Assert.That(page, Does.Contain($"<span class=\"error\" data-field=\"{field}\">{error.Message}</span>"), field);
        }
        // Fixed, the unit validates.
        await client.PostAsync("/enheten", Form(("population", "80 000"), ("groups", "1"), ("staff.caseworkers[0].fte", "1,0"), ("action", "save")));
        Assert.That(await client.GetStringAsync("/"), Does.Contain("id=\"unit-valid\""));
    }

    [Test]
    public async Task The_downloaded_scenario_is_the_file_the_command_line_runs_and_uploads_back()
    {
        using var client = server.Client();
        await client.PostAsync("/enheten/bibliotek", Form(("scenario", "mentors")));
        await client.PostAsync("/enheten", Form(("population", "123456"), ("initialHouseholds", "900"), ("groups", "1"), ("staff.caseworkers[0].count", "18"), ("action", "save")));
        var text = await client.GetStringAsync("/enheten/scenario.json");
        var load = ScenarioLoader.Parse("download.json", text);
        Assert.That(load.Ok, Is.True, string.Join("\n", load.Errors));
        Assert.That(load.Scenario!.Unit.Population, Is.EqualTo(123456));
        Assert.That(load.Scenario.Unit.InitialHouseholds, Is.EqualTo(900));
        Assert.That(load.Scenario.Unit.Staff.Caseworkers[0].Count, Is.EqualTo(18));
        Assert.That(load.Scenario.Unit.Designs?.Get<MentorParameters>(), Is.Not.Null, "fields the form does not show are kept");

        using var other = server.Client();
        using var content = new MultipartFormDataContent { { new StringContent(text), "file", "../../etc/passwd" } };
        Assert.That((await other.PostAsync("/enheten/ladda-upp", content)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(JObject.Parse(await other.GetStringAsync("/enheten/scenario.json")).ToString(), Is.EqualTo(JObject.Parse(text).ToString()));
    }

    /// <summary>A body streamed in chunks, with no Content-Length for the server to refuse up front.</summary>
    private sealed class PushStreamBody(int bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[16 * 1024];
            Array.Fill(chunk, (byte)'a');
            try
            {
                for (var sent = 0; sent < bytes; sent += chunk.Length)
                    await stream.WriteAsync(chunk);
            }
            catch (IOException)
            {
                // The server stopped reading at its limit and answered.
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
