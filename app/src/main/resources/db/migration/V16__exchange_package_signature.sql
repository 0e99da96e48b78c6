-- what the XML signature of a package delivered here said, and who signed it (the certificate's subject)
alter table exchange_package add column xml_signature varchar(10);
alter table exchange_package add column xml_signer varchar(500);
