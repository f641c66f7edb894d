"""Record time: which records keep an edit history, the tracker as recorded on a past day
(``?as_of=``), and the changes editors made in a span of days."""
