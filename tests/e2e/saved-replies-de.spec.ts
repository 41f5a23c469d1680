import { testIn } from "./extension";
import { defineSavedReplyTests } from "./saved-reply-checks";

defineSavedReplyTests(testIn("de"), "de");
