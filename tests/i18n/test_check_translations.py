#!/usr/bin/env python3
"""The translation checker's rules, on a .ts file with one mistake of each kind and one good entry."""
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_translations  # noqa: E402

BROKEN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; saved</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) of %1</source>
        <translation>
            <numerusform>eine Karte von %1</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


class CheckTranslations(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "demo_de.ts")
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(BROKEN)

    def tearDown(self):
        self.dir.cleanup()

    def problems(self):
        found = []
        check_translations.check_file(self.path, found)
        return found

    def test_eachMistake_isReportedOnce_andTheGoodEntryIsNot(self):
        found = self.problems()
        expected = {
            '"Open %1": unfinished',
            "\"Copied %1 to %2\": placeholders ['%1', '%2'] in the source but ['%1'] in the translation",
            '"&Quit": 1 accelerator(s) (&) in the source but 0 in the translation',
            "\"<b>%1</b> saved\": HTML tags ['b', 'b'] in the source but [] in the translation",
            '"Export...": the source ends with an ellipsis',
            '"Gone": obsolete',
            "\"%n card(s) of %1\": placeholders ['%1'] in the source but [] in the translation",
        }
        for text in expected:
            self.assertTrue(any(text in problem for problem in found), f"{text!r} not in {found}")
        self.assertEqual(len(found), len(expected), found)
        self.assertFalse(any('"&File"' in problem for problem in found))

    def test_singularMaySpellTheNumberOut(self):
        self.assertEqual(check_translations.check_text("%n match(es)", "ein Treffer", numerus=True), [])
        self.assertNotEqual(check_translations.check_text("%n match(es)", "ein Treffer", numerus=False), [])

    def test_commandLine_exitsWithOneOnProblems(self):
        run = subprocess.run([sys.executable, check_translations.__file__, self.path], capture_output=True, text=True)
        self.assertEqual(run.returncode, 1)
        self.assertIn("7 problem(s)", run.stdout)


if __name__ == "__main__":
    unittest.main()
