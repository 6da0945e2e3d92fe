"""Run with real Anki's Python library (anki-import.sh): imports the Deep Dive exports and checks what Anki made of them.

anki_check.py WORK: WORK holds deck.apkg, later.apkg, scheduled.apkg and expected.json (anki_export_bundled).
"""
import datetime
import json
import os
import sys

from anki import Collection
from anki.importing.apkg import AnkiPackageImporter

work = sys.argv[1]
expected = json.load(open(os.path.join(work, 'expected.json'), encoding='utf-8'))
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def notes_by_guid(col):
    found = {}
    for nid, guid, mid, tags, flds in col.db.execute('select id, guid, mid, tags, flds from notes'):
        found[guid] = (nid, col.models.get(mid)['name'], tags.split(), flds.split('\x1f'))
    return found


col = Collection(os.path.join(work, 'col', 'collection.anki2'))
importer = AnkiPackageImporter(col, os.path.join(work, 'deck.apkg'))
importer.run()
notes = notes_by_guid(col)
check(len(notes) == len(expected['notes']), f"{len(notes)} notes imported, {len(expected['notes'])} exported")
cards = col.db.scalar('select count() from cards')
check(cards == len(expected['notes']), f"{cards} cards for {len(expected['notes'])} notes")
for note in expected['notes']:
    got = notes.get(note['guid'])
    if got is None:
        failures.append(f"note {note['guid']} ({note['model']}) is missing")
        continue
    nid, model, tags, fields = got
    check(model == note['model'], f"note {note['guid']}: note type {model}, expected {note['model']}")
    check(fields == note['fields'], f"note {note['guid']}: the fields differ")
    check(sorted(t.lower() for t in tags) == sorted(t.lower() for t in note['tags']),
          f"note {note['guid']}: tags {tags}, expected {note['tags']}")
    decks = {col.decks.name(did) for (did,) in col.db.execute('select did from cards where nid = ?', nid)}
    check(decks == {note['deck']}, f"note {note['guid']}: deck {decks}, expected {note['deck']}")
models = {model for (_, model, _, _) in notes.values()}
print(f"Anki {__import__('anki').version}: {len(notes)} notes, {cards} cards, note types {sorted(models)}")

# A later export updates the note it changed and adds nothing.
importer = AnkiPackageImporter(col, os.path.join(work, 'later.apkg'))
importer.run()
again = notes_by_guid(col)
check(len(again) == len(notes), f"re-import: {len(again)} notes, expected {len(notes)} (duplicates?)")
edited = again.get(expected['edited'])
check(edited is not None and edited[3][1] == expected['editedBack'], 're-import: the edited note was not updated')
check(edited is not None and edited[0] == notes[expected['edited']][0], 're-import: the edited note got a new id')
print(f"re-import of a later export: {len(again)} notes, the edited one updated")
col.close()

# The schedule: a review card due on the same day, with its FSRS memory in the card's data.
# Anki before 2.1.50 takes a package with scheduling only while on its v1 scheduler (its default in 2.1.15).
col = Collection(os.path.join(work, 'col2', 'collection.anki2'))
check(col.schedVer() == 1, f"a new Anki {__import__('anki').version} collection uses scheduler v{col.schedVer()}")
importer = AnkiPackageImporter(col, os.path.join(work, 'scheduled.apkg'))
importer.run()
today = col.sched.today
rows = col.db.all('select c.type, c.queue, c.due, c.ivl, c.data from cards c join notes n on n.id = c.nid '
                  'where n.guid = ?', expected['edited'])
check(len(rows) == 1, f"scheduled: {len(rows)} cards for the scheduled note")
if rows:
    ctype, queue, due, ivl, data = rows[0]
    check((ctype, queue) == (2, 2), f"scheduled: type {ctype}, queue {queue}, expected a review card")
    # Due on the date Deep Dive had, counted from today (Anki shifts it by the days since the export); a day either
    # side when the test runs between midnight and Anki's 4 a.m. day boundary.
    days = (datetime.date.fromisoformat(expected['scheduledDue']) - datetime.date.today()).days
    check(abs(due - today - days) <= 1, f"scheduled: due in {due - today} days, expected {days} ({expected['scheduledDue']})")
    check(ivl == expected['scheduledInterval'], f"scheduled: interval {ivl}, expected {expected['scheduledInterval']}")
    memory = json.loads(data or '{}')
    check(memory.get('s') == expected['stability'] and memory.get('d') == expected['difficulty'],
          f"scheduled: card data {data}")
    print(f"scheduled card: due in {due - today} days, interval {ivl}, data {data}")
new = col.db.scalar('select count() from cards where type = 0')
check(new == col.db.scalar('select count() from cards') - 1, 'scheduled: the other cards are not new')
col.close()

if failures:
    print(f"{len(failures)} problems:", *failures[:30], sep='\n  ')
    sys.exit(1)
print('real Anki imported the Deep Dive packages as exported')
