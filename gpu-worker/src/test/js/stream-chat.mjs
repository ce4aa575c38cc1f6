// Streams one chat completion from the worker with the official `openai` client and prints a JSON summary.
import OpenAI from "openai";

const [baseURL, model] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey: "unused" });
const stream = await client.chat.completions.create({
  model,
  messages: [{ role: "user", content: "Where is my order?" }],
  stream: true,
  stream_options: { include_usage: true },
  max_tokens: 8,
  temperature: 0,
});
let chunks = 0;
let text = "";
let usage = null;
let finish = null;
for await (const chunk of stream) {
  chunks++;
  const choice = chunk.choices[0];
  if (choice) {
    text += choice.delta?.content ?? "";
    finish = choice.finish_reason ?? finish;
  }
  if (chunk.usage) usage = chunk.usage;
}
console.log(JSON.stringify({ chunks, text, finish, usage }));
