import { Module } from '@nestjs/common';
import { DirectoryImporter } from './directory-importer';

/** Needs PersistenceModule (global) for the repositories and the data source. */
@Module({ providers: [DirectoryImporter], exports: [DirectoryImporter] })
export class DirectoryModule {}
