/**
 * The baseline: a bare Bolt app (same @slack/bolt, same HTTP receiver, same signature check)
 * whose /wijk command acks and answers a constant through response_url, as Wijkbot does.
 * Started by the benchmark as its own process: `tsx bench/bare-bolt.server.ts <port> <secret> <apiUrl>`.
 */
import bolt from "@slack/bolt";

const [port, signingSecret, slackApiUrl] = process.argv.slice(2);
if (!port || !signingSecret || !slackApiUrl)
  throw new Error("usage: bare-bolt.server.ts <port> <secret> <apiUrl>");

const app = new bolt.App({
  signingSecret,
  token: "xoxb-bench",
  botId: "B0BARE",
  botUserId: "U0BARE",
  clientOptions: { slackApiUrl, retryConfig: { retries: 0 }, timeout: 5_000 },
  logLevel: bolt.LogLevel.ERROR,
  customRoutes: [
    {
      path: "/readyz",
      method: ["GET"],
      handler: (_req, res) => {
        res.writeHead(200);
        res.end("ready");
      },
    },
  ],
});

app.command("/wijk", async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: "ephemeral", text: "Wijkbot" });
});

await app.start(Number(port));
process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
