import { describe, expect, it } from "vitest";
import { EMPTY_STATE, isDefaultState, parseBrowseState, serializeBrowseState, withControlValues, type AllowedValues } from "@/lib/search/browse-state";
import { perFacet } from "@/lib/search/facets";

const modalities = ["text", "image", "video", "multimodal"];
const allowed: AllowedValues = {
  ...perFacet(() => []),
  modality: modalities,
  input: [...modalities, "none"],
  output: modalities,
  kind: ["model", "product"],
  arch: ["transformer"],
  open: ["no", "yes"],
  org: ["OpenAI", "Google"],
  country: ["US", "CN"],
};

describe("browse URL state", () => {
  it("round-trips every parameter", () => {
    const search = "?q=gpt&modality=text%2Cimage&in=none&out=video&kind=model&org=OpenAI&arch=transformer&open=no&country=CN&from=2019&to=2023&sort=oldest";
    const { state, ignored } = parseBrowseState(search, allowed);
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ q: "gpt", modality: ["text", "image"], input: ["none"], output: ["video"], org: ["OpenAI"], country: ["CN"], from: 2019, to: 2023, sort: "oldest" });
    expect(parseBrowseState(serializeBrowseState(state), allowed).state).toEqual(state);
  });

  it("leaves defaults out of the URL", () => {
    expect(serializeBrowseState(EMPTY_STATE)).toBe("");
    expect(isDefaultState(parseBrowseState("", allowed).state)).toBe(true);
  });

  it("accepts values in any case and collapses duplicates", () => {
    expect(parseBrowseState("?modality=TEXT,text&kind=Model", allowed).state).toMatchObject({ modality: ["text"], kind: ["model"] });
  });

  it("drops values that are not allowed and reports them", () => {
    const { state, ignored } = parseBrowseState("?modality=smell&kind=<script>&from=20x&sort=random&org=Evil", allowed);
    expect(state).toEqual(EMPTY_STATE);
    expect([...ignored].sort()).toEqual(["from=20x", "kind=<script>", "modality=smell", "org=Evil", "sort=random"]);
  });

  it("caps a very long query", () => {
    expect(parseBrowseState(`?q=${"a".repeat(5000)}`, allowed).state.q).toHaveLength(200);
  });
});

describe("choices made in the form before the scripts ran", () => {
  const fromUrl = parseBrowseState("?org=OpenAI&sort=name", allowed).state;

  it("are applied on top of the URL's state: query, sort, years, ticked and unticked options", () => {
    const next = withControlValues(
      fromUrl,
      [
        { name: "q", value: "gpt" },
        { name: "sort", value: "parameters" },
        { name: "from", value: "2020" },
        { name: "modality", value: "image", checked: true },
        { name: "org", value: "OpenAI", checked: false },
      ],
      allowed,
    );
    expect(next).toMatchObject({ q: "gpt", sort: "parameters", from: 2020, to: null, modality: ["image"], org: [] });
    expect(serializeBrowseState(next)).toBe("?q=gpt&modality=image&from=2020&sort=parameters");
  });

  it("leave out what a URL would not accept, and controls that are not the form's", () => {
    const next = withControlValues(
      fromUrl,
      [
        { name: "sort", value: "loudest" },
        { name: "from", value: "20" },
        { name: "modality", value: "smell", checked: true },
        { name: "compare", value: "gpt-4", checked: true },
      ],
      allowed,
    );
    expect(next).toEqual(fromUrl);
  });

  it("clears a year the reader emptied and never ticks an option twice", () => {
    const withYear = parseBrowseState("?from=2019&modality=text", allowed).state;
    const next = withControlValues(withYear, [{ name: "from", value: "" }, { name: "modality", value: "text", checked: true }], allowed);
    expect(next.from).toBeNull();
    expect(next.modality).toEqual(["text"]);
  });
});
