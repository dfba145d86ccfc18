export { createSlackChannel, type SlackChannelOptions } from "./slack.channel.js";
