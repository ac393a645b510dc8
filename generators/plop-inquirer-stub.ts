// Stands in for node-plop's own inquirer 9 inside the bundled CLI: the CLI prompts with inquirer 12 itself and
// only runs plop's actions, so loading a second prompt library at every start-up would be pure cost.
const notInBundle = (): never => {
  throw new Error("plop prompts are not part of the bundled CLI; run `npm run plop` for plop's own prompts");
};

export default { registerPrompt: notInBundle, prompt: Object.assign(notInBundle, { prompts: {} }) };
