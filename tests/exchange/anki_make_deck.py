"""Run with real Anki's Python library (anki-export-import.sh): makes a deck the way an Anki user would and exports it
with Anki's own exporters, for Deep Dive to import.

anki_make_deck.py WORK writes into WORK:
  deck.apkg        AnkiPackageExporter (File > Export, "Anki Deck Package"): collection.anki2 and the media
  collection.colpkg AnkiCollectionPackageExporter on the v2 scheduler: collection.anki21 beside a dummy
                   collection.anki2 that says "This file requires a newer version of Anki." (2.1.15's deck package
                   exporter never writes collection.anki21; this is the one place 2.1.15 does)
  event loop.png   the image put into collection.media, to compare the imported copy with
  expected.json    what Deep Dive must make of each card: its topic and section, the question and answer as a reader
                   sees them (Markdown rendered, tags dropped, white space folded), the code blocks, images and tags
"""
import json
import os
import struct
import sys
import zipfile
import zlib

from anki import Collection
from anki.exporting import AnkiCollectionPackageExporter, AnkiPackageExporter
from anki.notes import Note

work = sys.argv[1]
col = Collection(os.path.join(work, 'col', 'collection.anki2'))


def png(width, height):
    """A small real PNG (a red and blue gradient), made without any imaging library."""
    rows = b''.join(b'\x00' + b''.join(bytes((x * 255 // width, 0, y * 255 // height)) for x in range(width))
                    for y in range(height))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))


image = os.path.join(work, 'event loop.png')
with open(image, 'wb') as f:
    f.write(png(16, 8))
media_name = col.media.addFile(image)  # copied into collection.media, as the editor does
# The editor links a picture by its percent-encoded name (aqt/editor.py, fnameToLink) and stores the field with the
# name decoded again (media.escapeImages(unescape=True)): the field holds the file's own name, space and all.
image_html = '<img src="%s">' % media_name

expected = []


def add(deck, model, fields, tags, cards):
    """Adds a note of the stock note type `model` to `deck`; `cards` is what Deep Dive must make of each of its
    cards, by ord."""
    m = col.models.byName(model)
    m['did'] = col.decks.id(deck)
    col.models.save(m)
    note = Note(col, m)
    for name, value in fields.items():
        note[name] = value
    note.tags = tags
    count = col.addNote(note)
    assert count == len(cards), f"{model}: Anki made {count} cards, the test expects {len(cards)}"
    for ord_, card in enumerate(cards):
        card.update(id=f"n{note.id}-{ord_}", deck=deck, tags=tags)
        card.setdefault('code', [])
        card.setdefault('images', [])
        expected.append(card)


add('Interview', 'Basic',
    {'Front': 'What does <b>CAP</b> stand for?',
     'Back': 'Consistency, Availability,&nbsp;Partition tolerance<br><div>(pick <i>two</i>)</div>'},
    ['theory', 'distributed'],
    [{'prompt': 'What does CAP stand for?',
      'answer': 'Consistency, Availability, Partition tolerance (pick two)'}])
add('Interview::Spanish', 'Basic (and reversed card)',
    {'Front': 'el perro', 'Back': 'the dog'},
    ['spanish', 'vocab'],
    [{'prompt': 'el perro', 'answer': 'the dog'},
     {'prompt': 'the dog', 'answer': 'el perro'}])
add('Interview::Spanish', 'Basic (type in the answer)',
    {'Front': 'la casa', 'Back': 'the house'},
    ['spanish'],
    [{'prompt': 'la casa', 'answer': 'the house'}])
add('Interview::Python', 'Cloze',
    {'Text': '{{c1::asyncio.gather}} runs awaitables {{c2::concurrently::how?}}',
     'Extra': 'See the <a href="https://docs.python.org/3/library/asyncio-task.html">docs</a>.'},
    ['python::asyncio'],
    [{'prompt': '[...] runs awaitables concurrently',
      'answer': 'asyncio.gather runs awaitables concurrently See the docs.',
      'bold': 'asyncio.gather'},
     {'prompt': 'asyncio.gather runs awaitables [how?]',
      'answer': 'asyncio.gather runs awaitables concurrently See the docs.',
      'bold': 'concurrently'}])
# Code as a Markdown user pastes it (newlines), and as Anki's editor stores what is typed (<br>, &nbsp;).
add('Interview::Python', 'Basic',
    {'Front': 'What does this print?<pre><code>xs = [1, 2]\nprint(xs * 2)</code></pre>',
     'Back': '<code>[1, 2, 1, 2]</code>'},
    ['python'],
    [{'prompt': 'What does this print? xs = [1, 2] print(xs * 2)', 'answer': '[1, 2, 1, 2]',
      'code': ['xs = [1, 2]\nprint(xs * 2)'], 'span': '`[1, 2, 1, 2]`'}])
add('Interview::Python', 'Basic',
    {'Front': '<div>Where is the bug?</div><pre><code>def first(xs):<br>&nbsp; &nbsp; return xs[1]</code></pre>',
     'Back': 'Lists count from 0: <code>xs[0]</code>'},
    ['python', 'pitfall'],
    [{'prompt': 'Where is the bug? def first(xs): return xs[1]', 'answer': 'Lists count from 0: xs[0]',
      'code': ['def first(xs):\n    return xs[1]']}])
add('Interview::Python::Async', 'Basic',
    {'Front': 'Which loop is drawn here?<br>' + image_html, 'Back': 'The asyncio event loop'},
    ['python::asyncio', 'diagram'],
    [{'prompt': 'Which loop is drawn here?', 'answer': 'The asyncio event loop', 'images': [media_name]}])
col.save()

exporter = AnkiPackageExporter(col)
exporter.includeSched = False
exporter.includeMedia = True
exporter.exportInto(os.path.join(work, 'deck.apkg'))

col.changeSchedulerVer(2)
exporter = AnkiCollectionPackageExporter(col)
exporter.exportInto(os.path.join(work, 'collection.colpkg'))
col.close()

with open(os.path.join(work, 'expected.json'), 'w', encoding='utf-8') as f:
    # Each Anki deck's topic: (section title, topic title).
    places = {'Interview': ['Interview', 'Interview'], 'Interview::Spanish': ['Interview', 'Spanish'],
              'Interview::Python': ['Interview', 'Python'], 'Interview::Python::Async': ['Python', 'Async']}
    json.dump({'deckTitle': 'Interview', 'image': os.path.basename(image), 'places': places, 'cards': expected}, f,
              indent=1)
for package in ('deck.apkg', 'collection.colpkg'):
    print(f"Anki {__import__('anki').version} wrote {package}: {' '.join(zipfile.ZipFile(os.path.join(work, package)).namelist())}")
print(f"{len(expected)} cards to find in Deep Dive")
