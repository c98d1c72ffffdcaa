"""Information management (dossier §2.4, LEGAL.md §6): keeping the mail, agendas, chats and social
media of key officials, with retention, legal hold, destruction and transfer in MDTO."""
