// PluralForms: English counts with Qt's numerus forms too. A source string says the plural
// ("%n new calls"); resources/translations/callboard_en.ts (plural forms only, embedded here)
// says the singular ("1 new call"). Installed as the application starts, beneath any locale's
// own catalogue, by each file whose words count (Q_COREAPP_STARTUP_FUNCTION), so the app, the
// tests and the benchmarks word "1 call" alike.
#pragma once

namespace callboard {

// Installs the English plural forms on the application once; later calls do nothing.
void installEnglishPluralForms();

} // namespace callboard
