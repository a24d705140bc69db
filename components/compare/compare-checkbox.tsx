type CompareCheckboxProps = {
  slug: string;
  name: string;
  checked: boolean;
  onChange: (slug: string, checked: boolean) => void;
};

/** The "Compare" tick beside an entry on the model list; its accessible name says which entry. */
export function CompareCheckbox({ slug, name, checked, onChange }: CompareCheckboxProps) {
  return (
    <label className="inline-flex items-center gap-1 text-sm">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(slug, event.target.checked)} className="h-4 w-4" />
      Compare<span className="sr-only"> {name}</span>
    </label>
  );
}
