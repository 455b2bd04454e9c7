import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A collective phrase plans use instead of naming agencies ("các sở, ban, ngành tỉnh"), and who it means. */
@Entity({ name: 'agency_groups' })
export class AgencyGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 60, unique: true })
  code!: string;

  @Column('text')
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  province!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phrases!: string[];

  /** searchKey() of the name and phrases; set by AgencyGroupRepository on every write. */
  @Column({ name: 'search_key', type: 'text' })
  searchKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
