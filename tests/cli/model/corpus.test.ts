import { describe, expect, it } from "vitest";
import { withoutPlaceholders } from "../../../src/cli/model/corpus.ts";

describe("withoutPlaceholders", () => {
  it("removes the anonymisation placeholders no feed shows, and nothing else", () => {
    expect(withoutPlaceholders("@user @user manda aí")).toBe("manda aí");
    expect(withoutPlaceholders("[MENTION] grabe [LINK] #[HASHTAG]")).toBe("grabe  #");
    expect(withoutPlaceholders("@usuario ve esto <url>")).toBe("ve esto");
    expect(withoutPlaceholders("[USERNAME] lihat [URL] dong")).toBe("lihat  dong");
    expect(withoutPlaceholders("@username_fan and @users: a user's [UPDATE]")).toBe("@username_fan and @users: a user's [UPDATE]");
  });
});
