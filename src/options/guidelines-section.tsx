import { t } from "../platform/i18n";
import { EMOJI_POLICIES, FALLBACK_LANGUAGES, type Guidelines } from "../shared/guidelines";
import { SITE_IDS, SITE_NAMES } from "../shared/sites";
import { BusinessHoursField } from "./business-hours-field";
import { CaseQuestions } from "./case-questions";
import { SaveContext } from "./field-error";
import { Checkbox, Choice, LinesField, NumberField, TextField } from "./fields";
import { ImportExport } from "./import-export";
import { SavedReplies } from "./saved-replies";
import { useGuidelines } from "./use-guidelines";
import { AddressFormField, CompanyNameField, ContactFields, SignOffField } from "./voice-fields";

type Update = (change: (current: Guidelines) => Guidelines) => void;

/** Rule 2: the company's netiquette, which every suggestion and the live draft check follow. */
export function GuidelinesSection() {
  const { guidelines: g, managed, save, repaired, update, replace } = useGuidelines();
  if (!g) return null;
  const set = update as Update;
  const off = managed;
  const shared = { guidelines: g, disabled: off, update: set };
  return (
    <SaveContext.Provider value={save}>
      <section class="card" aria-labelledby="guidelines-title">
        <h2 id="guidelines-title">{t("optGuidelinesTitle")}</h2>
        <p class="muted">{t("optGuidelinesHelp")}</p>
        {managed && <p class="advice advice-keep">{t("optManaged")}</p>}
        <p class="save-state" role="status" data-kind={save?.kind}>
          {/* A failed save that belongs to a field is said there, once. */}
          {save?.field ? "" : (save?.text ?? "")}
        </p>
        {repaired.length > 0 && (
          <p class="status" data-kind="error" role="alert" data-gelassen-repaired="">
            {t("guidelinesRepaired", repaired.join(", "))}
          </p>
        )}

        <h3>{t("optVoiceTitle")}</h3>
        <CompanyNameField {...shared} />
        <AddressFormField {...shared} />
        <Choice
          id="fallback"
          label={t("optFallbackLanguage")}
          value={g.fallbackLanguage}
          disabled={off}
          options={FALLBACK_LANGUAGES.map((value) => ({ value, label: t(`optFallback_${value}`) }))}
          onCommit={(v) => set((c) => ({ ...c, fallbackLanguage: v }))}
        />
        <SignOffField {...shared} />
        <TextField
          id="initials"
          label={t("optInitials")}
          value={g.initials}
          disabled={off}
          onCommit={(v) => set((c) => ({ ...c, initials: v }))}
        />
        <Choice
          id="emoji"
          label={t("optEmoji")}
          value={g.emoji}
          disabled={off}
          options={EMOJI_POLICIES.map((value) => ({ value, label: t(`optEmoji_${value}`) }))}
          onCommit={(v) => set((c) => ({ ...c, emoji: v }))}
        />
        <fieldset class="field" disabled={off}>
          <legend>{t("optRequired")}</legend>
          {(["greeting", "thanks", "name"] as const).map((key) => (
            <Checkbox
              key={key}
              id={`required-${key}`}
              label={t(`optRequired_${key}`)}
              checked={g.required[key]}
              onCommit={(v) => set((c) => ({ ...c, required: { ...c.required, [key]: v } }))}
            />
          ))}
        </fieldset>

        <h3>{t("optPhrasesTitle")}</h3>
        <LinesField
          id="avoid"
          label={t("optAvoidPhrases")}
          value={g.avoidPhrases}
          disabled={off}
          onCommit={(v) => set((c) => ({ ...c, avoidPhrases: v }))}
        />
        <LinesField
          id="prefer"
          label={t("optPreferredPhrases")}
          value={g.preferredPhrases}
          disabled={off}
          onCommit={(v) => set((c) => ({ ...c, preferredPhrases: v }))}
        />

        <h3>{t("optPromisesTitle")}</h3>
        <fieldset class="field" disabled={off}>
          <legend>{t("optPromises")}</legend>
          {(["refunds", "compensation", "deadlines"] as const).map((key) => (
            <Checkbox
              key={key}
              id={`promise-${key}`}
              label={t(`optPromise_${key}`)}
              checked={g.promises[key]}
              onCommit={(v) => set((c) => ({ ...c, promises: { ...c.promises, [key]: v } }))}
            />
          ))}
        </fieldset>
        <NumberField
          id="holding"
          label={t("optHoldingHours")}
          min={1}
          max={336}
          value={g.holdingDeadlineHours}
          disabled={off}
          onCommit={(v) => set((c) => ({ ...c, holdingDeadlineHours: v }))}
        />
        <BusinessHoursField guidelines={g} disabled={off} onCommit={(v) => set((c) => ({ ...c, businessHours: v }))} />
        <ContactFields {...shared} />

        <CaseQuestions guidelines={g} disabled={off} onCommit={(v) => set((c) => ({ ...c, caseQuestions: v }))} />

        <h3>{t("optLengthTitle")}</h3>
        <div class="field-row">
          {SITE_IDS.map((site) => (
            <NumberField
              key={site}
              id={`length-${site}`}
              label={SITE_NAMES[site]}
              min={50}
              max={{ facebook: 8000, x: 280, linkedin: 1250 }[site]}
              value={g.maxLength[site]}
              disabled={off}
              onCommit={(v) => set((c) => ({ ...c, maxLength: { ...c.maxLength, [site]: v } }))}
            />
          ))}
        </div>

        <SavedReplies guidelines={g} disabled={off} onCommit={(v) => set((c) => ({ ...c, savedReplies: v }))} />

        <h3>{t("optGuardTitle")}</h3>
        <Checkbox
          id="guard"
          label={t("optGuardEnabled")}
          checked={g.guard.enabled}
          disabled={off}
          onCommit={(v) => set((c) => ({ ...c, guard: { ...c.guard, enabled: v } }))}
        />
        <NumberField
          id="cooldown"
          label={t("optGuardCooldown")}
          min={0}
          max={300}
          value={g.guard.cooldownSeconds}
          disabled={off}
          onCommit={(v) => set((c) => ({ ...c, guard: { ...c.guard, cooldownSeconds: v } }))}
        />
        <NumberField
          id="retention"
          label={t("optRetention")}
          min={1}
          max={3650}
          value={g.logRetentionDays}
          disabled={off}
          onCommit={(v) => set((c) => ({ ...c, logRetentionDays: v }))}
        />

        <ImportExport guidelines={g} disabled={off} onImport={replace} />
      </section>
    </SaveContext.Provider>
  );
}
