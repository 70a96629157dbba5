/**
 * The rule id of the learned check's reasons. A module of its own so that the overlay can recognise them
 * without loading the model's code into every page's content script.
 */
export const MODEL_RULE = "model";
