/* C11 allows these characters in identifiers (Annex D); C# does not: a diagnostic names each. */
int half·time(int x¾);
